<?php
// 'https://api.openai.com/v1/images/variations' in a comment
$response = $client->post('https://api.openai.com/v1/images/generations', [
    'json' => ['model' => 'gpt-image-2', 'prompt' => $prompt],
    'headers' => ['Authorization' => 'Bearer ' . getenv('OPENAI_API_KEY')],
]);
