import os

import httpx
import requests

URL = "https://api.stability.ai/v2beta/stable-image/generate/core"


def draw(prompt):
    first = requests.post(
        "https://api.openai.com/v1/images/generations",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": "gpt-image-2", "prompt": prompt},
    )
    second = httpx.post(URL, headers={"authorization": os.getenv("STABILITY_API_KEY")}, files={"none": ""}, data={"prompt": prompt})
    chat = requests.post("https://api.openai.com/v1/chat/completions", json={"model": "gpt-4o"})
    return first, second, chat
