require "openai"

client = OpenAI::Client.new(api_key: ENV["OPENAI_API_KEY"])
# client.images.generate(model: "dall-e-3") in a comment
image = client.images.generate(model: "gpt-image-2", prompt: "a lighthouse")
chat = client.chat.completions.create(model: "gpt-4o", messages: [])
