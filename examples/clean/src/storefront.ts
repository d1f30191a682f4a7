// Source code the clean routes cover: the scan finds each image-API call and ties it to its route.
import OpenAI, { AzureOpenAI } from "openai";
import { fal } from "@fal-ai/client";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const azure = new AzureOpenAI({ endpoint: "https://acme-eu.openai.azure.com", apiVersion: "2025-04-01-preview" });

export async function heroImage(prompt: string) {
  // Two routes use gpt-image-2 through OpenAI (ours and the user's key): the comment says which.
  // image-route: storefront-hero
  return openai.images.generate({ model: "gpt-image-2", prompt, size: "1536x1024" });
}

export async function heroImageEu(prompt: string) {
  // Tied by its model: the Azure deployment `acme-gpt-image-2-eu` is the route's model.
  return azure.images.generate({ model: "acme-gpt-image-2-eu", prompt });
}

export async function trialVariant(prompt: string) {
  // fal's id for gpt-image-2, tied to the fal trial route by its model.
  return fal.subscribe("openai/gpt-image-2", { input: { prompt } });
}
