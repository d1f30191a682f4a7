import os

import boto3
import fal_client
import litellm
import openai
import replicate
from google import genai
from openai import OpenAI
from xai_sdk import Client as XaiClient

MODEL = "gpt-image-1.5"
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
gemini = genai.Client()
bedrock = boto3.client("bedrock-runtime")
grok = XaiClient(api_key=os.getenv("XAI_API_KEY"))


def render(prompt):
    a = client.images.generate(model=MODEL, prompt=prompt)
    b = client.responses.create(model="gpt-5", input=prompt, tools=[{"type": "image_generation"}])
    c = gemini.models.generate_images(model="imagen-4.0-generate-001", prompt=prompt)
    d = gemini.models.generate_content(model="gemini-nano-banana-2.1", contents=prompt)
    e = fal_client.subscribe("fal-ai/flux/dev", arguments={"prompt": prompt})
    f = replicate.run("black-forest-labs/flux-1.1-pro", input={"prompt": prompt})
    g = litellm.image_generation(model="dall-e-3", prompt=prompt)
    h = bedrock.invoke_model(modelId="amazon.nova-canvas-v1:0", body="{}")
    i = openai.images.generate(model="gpt-image-2", prompt=prompt)
    j = grok.image.sample(prompt=prompt, model="grok-imagine-image")
    return a, b, c, d, e, f, g, h, i, j


def look_alikes(prompt):
    """client.images.generate(model="dall-e-3") is how the old code drew."""
    # client.images.generate(model="dall-e-2", prompt=prompt)
    chat = client.chat.completions.create(model="gpt-4o", messages=[])
    text = gemini.models.generate_content(model="gemini-2.5-flash", contents=prompt)
    llm = fal_client.subscribe("fal-ai/any-llm", arguments={"prompt": prompt})
    claude = bedrock.invoke_model(modelId="anthropic.claude-3-5-sonnet-20240620-v1:0", body="{}")
    answer = litellm.completion(model="gpt-4o", messages=[])
    models = ["gpt-image-2", "dall-e-3", "imagen-4.0-generate-001"]
    return chat, text, llm, claude, answer, models
