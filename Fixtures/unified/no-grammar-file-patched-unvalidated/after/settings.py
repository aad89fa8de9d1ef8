import configparser

_parser = configparser.ConfigParser()
_parser.read("app.ini")

HOST = _parser.get("server", "host")
PORT = _parser.getint("server", "port")
POOL = _parser.getint("database", "pool")
