import java.net.URI;
import java.net.http.HttpRequest;

public class Stability {
    // https://api.stability.ai/v2beta/stable-image/generate/ultra in a comment
    HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("https://api.stability.ai/v2beta/stable-image/generate/core"))
            .header("Authorization", "Bearer " + System.getenv("STABILITY_API_KEY"))
            .build();
    }
}
