require "net/http"
# https://api.bfl.ai/v1/flux-2-pro is the other endpoint
uri = URI("https://api.bfl.ai/v1/flux-pro-1.1")
request = Net::HTTP::Post.new(uri, "x-key" => ENV["BFL_API_KEY"])
