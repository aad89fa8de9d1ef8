package config

type Options struct {
	Addr  string
	Debug bool // deprecated
	Level int
}
