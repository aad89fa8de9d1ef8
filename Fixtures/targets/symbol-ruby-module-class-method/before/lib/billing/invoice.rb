module Billing
  class Invoice
    attr_reader :lines

    def initialize
      @lines = []
    end

    def total
      lines.sum(&:amount)
    end

    def self.empty
      new
    end
  end
end
