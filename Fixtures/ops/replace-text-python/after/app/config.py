import os

DEFAULT_PORT = 9000
DEFAULT_HOST = "127.0.0.1"


def load_settings(env=os.environ):
    port = int(env.get("PORT", DEFAULT_PORT))
    host = env.get("HOST", DEFAULT_HOST)
    return {"port": port, "host": host}
