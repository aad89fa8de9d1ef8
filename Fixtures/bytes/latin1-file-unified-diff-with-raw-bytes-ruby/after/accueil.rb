# Auteur: René -- encodage ISO-8859-1
module Accueil
  SALUT = "Bonjour à tous"

  def self.message(nom)
    "#{SALUT}, #{nom} élève"
  end
end
