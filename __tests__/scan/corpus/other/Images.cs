using System.Net.Http;

class Images {
    /* "https://api.openai.com/v1/images/generations" */
    async Task Edit(HttpClient http) {
        var response = await http.PostAsync("https://api.openai.com/v1/images/edits", content);
    }
}
