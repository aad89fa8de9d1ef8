package config

import "os"

type Config struct {
	Addr  string
	Debug bool
}

func FromEnv() Config {
	c := Config{Addr: ":8080"}
	if v := os.Getenv("ADDR"); v != "" {
		c.Addr = v
	}
	return c
}
