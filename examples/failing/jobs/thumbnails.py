# A batch job calling Replicate: no route declares it.
import replicate


def thumbnail(prompt):
    return replicate.run("black-forest-labs/flux-1.1-pro", input={"prompt": prompt, "aspect_ratio": "1:1"})
