require "csv"

module Reports
  class Exporter
    def initialize(rows)
      @rows = rows
    end

    def empty?
      @rows.empty?
    end

    def to_csv
      CSV.generate do |csv|
        @rows.each { |row| csv << row }
      end
    end
  end
end
