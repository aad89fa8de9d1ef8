package strutil

import "strings"

// Title upper-cases the first letter of s.
func Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Lower lower-cases all of s.
func Lower(s string) string {
	return strings.ToLower(s)
}
