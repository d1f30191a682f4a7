package images

import (
	"bytes"
	"net/http"
	"os"
)

// Generate calls https://api.openai.com/v1/images/generations (this comment is not a call).
func Generate(body []byte) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.openai.com/v1/images/generations", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	return http.DefaultClient.Do(req)
}

func Chat(body []byte) (*http.Response, error) {
	return http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(body))
}
