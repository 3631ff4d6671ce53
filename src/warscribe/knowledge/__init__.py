"""Knowledge bases the recognizers draw on: the actor base, the trigger lexicon."""
