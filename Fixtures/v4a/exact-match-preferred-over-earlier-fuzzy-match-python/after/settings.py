def configure(app):
    timeout = 30
    app.timeout = timeout


timeout = 60
