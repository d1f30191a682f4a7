import { fal } from "@fal-ai/client";
import Replicate from "replicate";
import { GoogleGenAI } from "@google/genai";
import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { experimental_generateImage as generateImage, generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { xai } from "@ai-sdk/xai";

const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const bedrock = new BedrockRuntimeClient({ region: "us-east-1" });
const poster = openai.image("gpt-image-1.5");

export async function render(prompt) {
  const a = await fal.subscribe("fal-ai/flux/dev", { input: { prompt } });
  const b = await replicate.run("black-forest-labs/flux-1.1-pro", { input: { prompt } });
  const c = await ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt });
  const d = await ai.models.generateContent({ model: "gemini-nano-banana-2.1", contents: prompt });
  const e = await bedrock.send(new InvokeModelCommand({ modelId: "amazon.nova-canvas-v1:0", body: JSON.stringify({ prompt }) }));
  const f = await generateImage({ model: poster, prompt });
  const g = await generateImage({ model: xai.image("grok-imagine-image"), prompt });
  return [a, b, c, d, e, f, g];
}

export async function lookAlikes(prompt) {
  const llm = await fal.subscribe("fal-ai/any-llm", { input: { prompt } });
  const chat = await replicate.run("meta/meta-llama-3-70b-instruct", { input: { prompt } });
  const text = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: prompt });
  const claude = await bedrock.send(new InvokeModelCommand({ modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0", body: "{}" }));
  const answer = await generateText({ model: openai("gpt-4o"), prompt });
  const options = ["gpt-image-2", "dall-e-3", "fal-ai/flux/dev"];
  return [llm, chat, text, claude, answer, options];
}
