# frozen_string_literal: true

# Greeting helpers for the astpatch samples — prints lines like "→ Bonjour, café!".
module Greeting
  SALUTATIONS = {
    en: 'Hello',
    fr: 'Bonjour',
    es: '¡Hola'
  }.freeze

  # Greets people and remembers what it said.
  class Greeter
    attr_reader :language, :history

    def initialize(language = :en, punctuation: '!')
      @language = SALUTATIONS.key?(language) ? language : :en
      @punctuation = punctuation
      @history = []
    end

    def greet(name)
      who = name.to_s.strip
      who = 'stranger' if who.empty?
      message = "#{SALUTATIONS.fetch(language}, #{who}#{@punctuation}"
      @history << message
      message
    end

    def greet_all(names)
      names.compact.map do |name|
        greet(name)
      end
    end

    def to_s
      "#<Greeter #{language} (#{history.size} greetings)>"
    end
  end

  # Formatting helpers shared by the CLI.
  module Format
    module_function

    ARROW = '→'

    def indent(line, depth = 1)
      "#{'  ' * depth}#{ARROW} #{line}"
    end

    def block(lines)
      lines.map { |line| indent(line) }.join("\n")
    end
  end
end

def run(argv)
  language = (argv.shift || 'fr').to_sym
  names = argv.empty? ? ['Zoë', 'café regulars'] : argv
  greeter = Greeting::Greeter.new(language)
  begin
    puts Greeting::Format.block(greeter.greet_all(names))
  rescue KeyError => e
    warn "greeting failed: #{e.message}"
    return 1
  end
  0
end

exit(run(ARGV.dup)) if $PROGRAM_NAME == __FILE__
