DEBUG = False
ALLOWED_HOSTS = ["localhost"]
TIME_ZONE = "UTC"

