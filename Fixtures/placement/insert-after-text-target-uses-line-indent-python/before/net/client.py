def connect(url):
    conn = open_connection(url, timeout=5)
    return conn
