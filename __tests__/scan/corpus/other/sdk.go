package images

import (
	"context"

	"github.com/openai/openai-go/v3"
	"google.golang.org/genai"
)

func Draw(ctx context.Context, client openai.Client, g *genai.Client) error {
	// client.Images.Generate(ctx, ...) in a comment is not a call
	_, err := client.Images.Generate(ctx, openai.ImageGenerateParams{
		Model:  "gpt-image-2",
		Prompt: "a lighthouse",
	})
	_, err = g.Models.GenerateImages(ctx, "imagen-4.0-generate-001", "a lighthouse", nil)
	_, err = g.Models.GenerateContent(ctx, "gemini-2.5-flash", genai.Text("hello"), nil)
	_, err = client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "gpt-4o"})
	return err
}
