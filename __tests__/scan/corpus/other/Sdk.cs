using OpenAI.Images;

class Sdk {
    async Task Draw() {
        ImageClient client = new("gpt-image-2", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
        GeneratedImage image = await client.GenerateImageAsync("a lighthouse");
    }
}
