require "json"

module Cfg
  def self.load(path)
    JSON.parse(File.read(path))
  end
end

puts Cfg.load(ARGV.fetch(0)).keys.sort.join(", ")