#!/usr/bin/env bash
# curl https://api.openai.com/v1/images/edits is documented below
curl -s https://api.openai.com/v1/images/generations \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -d '{"model": "gpt-image-2", "prompt": "a lighthouse"}'
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"
