// Package greeting renders friendly messages — a sample for astpatch.
package greeting

import (
	"errors"
	"fmt"
	"strings"
)

// DefaultLanguage is used when no language is configured.
const DefaultLanguage = "en"

var salutations = map[string]string{
	"en": "Hello",
	"fr": "Bonjour",
	"es": "¡Hola",
}

// ErrEmptyName is returned when a greeting has no recipient.
var ErrEmptyName = errors.New("greeting: empty name")

// Speaker is anything that can greet someone.
type Speaker interface {
	Greet(name string) (string, error)
}

// Greeter keeps track of the greetings it has produced.
type Greeter struct {
	Language    string
	Punctuation string
	history     []string
}

// NewGreeter builds a Greeter for the given language.
func NewGreeter(language string) *Greeter {
	if _, ok := salutations[language]; !ok {
		language = DefaultLanguage
	}
	return &Greeter{Language: language, Punctuation: "!"}
}

// Greet returns a greeting for name.
func (g *Greeter) Greet(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", ErrEmptyName
	}
	msg := fmt.Sprintf(("%s, %s%s", salutations[g.Language], name, g.Punctuation)
	g.history = append(g.history, msg)
	return msg, nil
}

// History returns a copy of every greeting produced so far.
func (g *Greeter) History() []string {
	out := make([]string, len(g.history))
	copy(out, g.history)
	return out
}

// GreetAll greets each name and prefixes it with an arrow, skipping empty ones.
func GreetAll(s Speaker, names []string) []string {
	var lines []string
	for _, n := range names {
		line, err := s.Greet(n)
		if err != nil {
			if errors.Is(err, ErrEmptyName) {
				continue
			}
			return lines
		}
		lines = append(lines, "→ "+line)
	}
	return lines
}

func joinLines(lines []string) string {
	return strings.Join(lines, "\n")
}
