import validators

PORT = validators.port("80")
HOST = validators.host("")
