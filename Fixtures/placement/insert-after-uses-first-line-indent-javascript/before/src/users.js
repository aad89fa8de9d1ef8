export async function listUsers(db) {
  const rows = await db
      .select("*")
      .from("users");
  return rows;
}
