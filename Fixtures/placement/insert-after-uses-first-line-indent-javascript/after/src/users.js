export async function listUsers(db) {
  const rows = await db
      .select("*")
      .from("users");
  if (rows.length === 0) {
    return [];
  }
  return rows;
}
