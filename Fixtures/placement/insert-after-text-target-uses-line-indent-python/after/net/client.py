def connect(url):
    conn = open_connection(url, timeout=5)
    conn.set_keepalive(True)
    return conn
