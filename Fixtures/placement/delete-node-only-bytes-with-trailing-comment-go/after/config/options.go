package config

type Options struct {
	Addr  string
	 // deprecated
	Level int
}
