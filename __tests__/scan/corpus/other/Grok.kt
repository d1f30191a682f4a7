val request = Request.Builder()
    .url("https://api.x.ai/v1/images/generations")
    .post("""{"model": "grok-imagine-image-2.0"}""".toRequestBody())
    .build()
