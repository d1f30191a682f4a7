// Source code that breaks the routes-from-code rules: a call the route contradicts, and a call no
// route declares.
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_IMAGES_KEY });
const grok = new OpenAI({ baseURL: "https://api.x.ai/v1", apiKey: process.env.XAI_API_KEY });

export async function poster(prompt: string) {
  // The route says dall-e-3 and env:OPENAI_API_KEY; the code calls gpt-image-1.5 with another key.
  // image-route: official-but-free
  return openai.images.generate({ model: "gpt-image-1.5", prompt });
}

export async function sticker(prompt: string) {
  // xAI through the OpenAI SDK: no route declares it.
  return grok.images.generate({ model: "grok-imagine-image-2.0", prompt });
}
