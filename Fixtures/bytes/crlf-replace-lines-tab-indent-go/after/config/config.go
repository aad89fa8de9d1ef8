package config

import "os"

type Config struct {
	Addr  string
	Debug bool
}

func FromEnv() Config {
	c := Config{Addr: ":8080"}
	if v, ok := os.LookupEnv("ADDR"); ok {
		c.Addr = v
	}
	c.Debug = os.Getenv("DEBUG") == "1"
	return c
}
