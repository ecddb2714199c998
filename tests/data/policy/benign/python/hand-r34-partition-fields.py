"""Split "user:host:port" specs into fields."""
import operator

spec = "deploy:build.example.net:2222"
host = operator.itemgetter(2)(spec.rpartition(":")[0].partition(":"))
port = spec.rpartition(":")[2]
print(host, int(port))
