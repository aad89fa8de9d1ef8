DEBUG = True
ALLOWED_HOSTS = ["localhost"]
TIME_ZONE = "UTC"

