import OpenAI, { AzureOpenAI } from "openai";

const IMAGE_MODEL = "gpt-image-1.5";
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const azure = new AzureOpenAI({ endpoint: "https://acme-img.openai.azure.com", apiKey: process.env.AZURE_IMAGES_KEY });
const grok = new OpenAI({ baseURL: "https://api.x.ai/v1", apiKey: process.env.XAI_API_KEY });
const router = new OpenAI({ baseURL: "https://openrouter.ai/api/v1", apiKey: process.env.OPENROUTER_API_KEY });

export async function hero(prompt: string) {
  const generated = await client.images.generate({ model: "gpt-image-2", prompt, size: "1024x1024" });
  const edited = await client.images.edit({ model: IMAGE_MODEL, image: generated, prompt });
  const viaTool = await client.responses.create({
    model: "gpt-5",
    input: prompt,
    tools: [{ type: "image_generation" }],
  });
  const onAzure = await azure.images.generate({ model: "img-prod-eastus", prompt });
  const onGrok = await grok.images.generate({ model: "grok-imagine-image-2.0", prompt });
  const onRouter = await router.chat.completions.create({
    model: "google/gemini-2.5-flash-image-preview",
    messages: [{ role: "user", content: prompt }],
    modalities: ["image", "text"],
  });
  return [generated, edited, viaTool, onAzure, onGrok, onRouter];
}

// Look-alikes: text calls through the same SDK, and calls that only mention images.
export async function lookAlikes(prompt: string) {
  const chat = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });
  const text = await client.responses.create({ model: "gpt-5", input: prompt, tools: [{ type: "web_search" }] });
  const routed = await router.chat.completions.create({ model: "openai/gpt-4o", messages: [] });
  const embedding = await client.embeddings.create({ model: "text-embedding-3-small", input: prompt });
  // client.images.generate({ model: "dall-e-3", prompt })
  /* await client.images.generate({ model: "dall-e-2" }) */
  const docs = `call client.images.generate({ model: "gpt-image-2" }) to draw`;
  return [chat, text, routed, embedding, docs];
}
