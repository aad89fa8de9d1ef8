class UserRepo:
    def __init__(self, db):
        self.db = db

    def get(self, user_id):
        return self.db.fetch_one("SELECT * FROM users WHERE id = ?", user_id)

    def count(self):
        row = self.db.fetch_one("SELECT COUNT(*) FROM users")
        return row[0]

    def delete(self, user_id):
        self.db.execute("DELETE FROM users WHERE id = ?", user_id)
