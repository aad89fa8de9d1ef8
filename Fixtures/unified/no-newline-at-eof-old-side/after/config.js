"use strict";

module.exports = {
  port: Number(process.env.PORT || 8080),
  database: {
    host: process.env.DB_HOST || "localhost",
    name: "orders",
  },
  logLevel: process.env.LOG_LEVEL || "info",
};
