class Deploy
  def run
    build

    upload
  end
end
