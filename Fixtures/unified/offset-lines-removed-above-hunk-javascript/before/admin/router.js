// Router for the admin panel.
import { Router } from "express";
import { listUsers, getUser, updateUser } from "./users.js";
import { requireAdmin } from "./auth.js";

const router = Router();

router.use(requireAdmin);

router.get("/users", async (req, res) => {
  const users = await listUsers({ limit: Number(req.query.limit) || 50 });
  res.json(users);
});

router.get("/users/:id", async (req, res) => {
  const user = await getUser(req.params.id);
  if (!user) {
    res.status(404).end();
    return;
  }
  res.json(user);
});

export default router;
