import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.images.ImageGenerateParams;

class SdkImages {
    void draw() {
        OpenAIClient client = OpenAIOkHttpClient.fromEnv();
        var params = ImageGenerateParams.builder().model("gpt-image-2").prompt("a lighthouse").build();
        client.images().generate(params);
        client.chat().completions().create(chatParams);
    }
}
