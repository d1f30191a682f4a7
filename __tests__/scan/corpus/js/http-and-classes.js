const OpenAI = require("openai");
const { fal } = require("@fal-ai/client");
const axios = require("axios");

const EDITS = "https://api.openai.com/v1/images/edits";
const NOT_CALLED = "https://api.openai.com/v1/images/variations";

class Illustrator {
  constructor() {
    this.client = new OpenAI();
  }

  draw(prompt) {
    return this.client.images.generate({ model: "gpt-image-2", prompt });
  }
}

async function direct(prompt) {
  const raw = await fetch("https://api.openai.com/v1/images/generations", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_IMAGES_KEY}` },
    body: JSON.stringify({ model: "gpt-image-2", prompt }),
  });
  const edit = await axios.post(EDITS, { model: "gpt-image-1.5", prompt });
  const flux = await fal.run("fal-ai/flux-pro/v1.1-ultra", { input: { prompt } });
  const chat = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: "{}" });
  const other = { images: { generate: (x) => x } };
  other.images.generate({ model: "gpt-image-1" });
  return [raw, edit, flux, chat, NOT_CALLED];
}

module.exports = { Illustrator, direct };
