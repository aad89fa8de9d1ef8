// Greeter.cs — greeting service used by the astpatch samples.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Samples
{
    public enum Language
    {
        English,
        French,
        Spanish,
    }

    public interface IGreeter
    {
        string Greet(string name);
    }

    public class Greeter : IGreeter
    {
        private readonly List<string> _history = new List<string>();

        public Greeter(Language language, string punctuation = "!")
        {
            Language = language;
            Punctuation = punctuation;
        }

        public Language Language { get; }
        public string Punctuation { get; set; }
        public int Count => _history.Count;

        public string Greet(string name)
        {
            var who = string.IsNullOrWhiteSpace(name) ? "stranger" : name.Trim();
            var salutation = Language switch
            {
                Language.French => "Bonjour",
                Language.Spanish => "¡Hola",
                _ => "Hello",
            };
            var message = $"{salutation}, {who}{Punctuation}";
            _history.Add(message);
            return message;
        }

        public IReadOnlyList<string> GreetAll(IEnumerable<string> names)
        {
            return names.Where(n => n != null).Select(Greet).ToList();
        }
    }

    public static class GreetingFormat
    {
        public const string Arrow = "→";

        public static string Indent(string line, int depth = 1)
        {
            return new string(' ', depth * 2) + Arrow + " " + line;
        }
    }

    public static class Program
    {
        public static int Main(string[] args)
        {
            var greeter = new Greeter(Language.French);
            var names = args.Length > 0 ? args : new[] { "Zoë", "café regulars" };
            foreach (var line in greeter.GreetAll(names))
            {
                Console.WriteLine(GreetingFormat.Indent(line));
            }
            return greeter.Count > 0 ? 0 : 1;
        }
    }
}
