"""English attribution on real news sentences, through the public API."""
import pytest

from wortlaut import analyze_text, span_problems


def attributions(text: str):
    readout = analyze_text(text, "en")
    assert span_problems(readout) == []
    return readout.attributions


def only(text: str):
    found = attributions(text)
    assert len(found) == 1, [(a.cue and a.cue.text, a.content.text) for a in found]
    return found[0]


def test_that_clause():
    (a,) = attributions("The finance minister said on Tuesday that the talks would resume next week.")
    assert a.cue.lemma == "say" and a.type == "indirect"
    assert a.source.text == "The finance minister"
    assert a.content.text == "that the talks would resume next week"


def test_quote_with_inverted_cue_and_pronoun():
    found = attributions('Jane Smith resigned on Tuesday. "I have done what I could," she told reporters in London.')
    a = found[-1]
    assert a.type == "direct" and a.content.text == '"I have done what I could,"'
    assert a.source.text == "she"


def test_according_to():
    (a,) = attributions("According to the ministry, the decision was made last week.")
    assert a.source.text == "the ministry"
    assert a.content.text == "the decision was made last week"


def test_claim_is_distancing():
    (a,) = attributions("The opposition leader claimed the government had lost control of its finances.")
    assert a.stance == "distancing"
    assert a.content.text == "the government had lost control of its finances"


def test_a_relative_clause_on_an_utterance_noun_is_not_its_message():
    found = attributions("“There may be claims that circulate online, but nothing has changed,” she said.")
    assert [a.cue.text for a in found] == ["said"]
    assert all(p.start <= q.start for a in found for p, q in zip(a.cue.parts, a.cue.parts[1:]))


def test_quote_before_a_cue_with_a_titled_hyphenated_name():
    (a,) = attributions('"There is nothing to investigate," press secretary Karine Jean-Pierre told reporters.')
    assert a.type == "direct" and a.cue.text == "told"
    assert a.source.text == "press secretary Karine Jean-Pierre"


def test_message_before_an_inverted_subject_and_cue():
    found = attributions("Britain will send more troops to Estonia, Defence Secretary John Healey said Thursday.")
    (a,) = found
    assert a.content.text == "Britain will send more troops to Estonia"
    assert a.source.text == "Defence Secretary John Healey" and a.cue.text == "said"


def test_a_participle_cue_speaks_with_its_main_verb_s_subject():
    found = attributions('"We stand with our allies," Healey told lawmakers, adding that the deployment would last six months.')
    adding = next(a for a in found if a.cue.text == "adding")
    assert adding.source is not None and adding.source.text == "Healey"
    assert adding.content.text == "that the deployment would last six months"


def test_the_listener_is_the_addressee_and_never_the_source():
    found = attributions("\"We will win this,\" Republican pollster Bill McInturff told NBC.")
    assert [(a.source.text, a.addressee.text) for a in found] == [("Republican pollster Bill McInturff", "NBC")]
    found = attributions("The minister said to reporters that the talks had failed.")
    assert [(a.source.text, a.addressee.text) for a in found] == [("The minister", "reporters")]
    assert [a.addressee for a in attributions("He said the talks had failed.")] == [None]


def test_an_addressee_phrase_trimmed_to_nothing_is_no_addressee():
    """PolNeAR test: the object of "ask" is a phrase the source rules trim to nothing; the
    analysis raised ValueError in the name resolver."""
    found = attributions(
        "\"I don't understand why we think that churches and other groups ought to be running vans to the polls "
        "for free,\" Mr. Clyburn said. \"We don't ask these guys who place TV ads to do it for free.\"\n\n"
        "The congressmen did not specify how much money they hoped Mrs. Clinton would divert, but with competitive "
        "Senate races in at least seven states and two or more hotly contested House campaigns in 13 states, "
        "Democratic candidates would benefit from seven-figure commitments.")
    assert all(a.addressee is None or a.addressee.text for a in found)


def test_a_quote_after_said_adding_has_the_speaker_of_said():
    found = attributions("“We will not back down,” the senator said, adding, “This fight is about our families.”")
    assert [(a.source.text if a.source else None, a.content.text) for a in found] == [
        ("the senator", "“We will not back down,”"), ("the senator", "“This fight is about our families.”")]


def test_a_short_quotation_right_after_a_quoted_speaker_continues_it():
    atts = attributions("“We have won,” she said. “Now we govern.”")
    assert [(a.content.text, a.source.text if a.source else None) for a in atts] == [
        ("“We have won,”", "she"), ("“Now we govern.”", "she")]


def test_a_generic_you_is_no_source():
    atts = attributions("You had a lot of people saying the election was rigged. Trump described it as a disaster.")
    assert [(a.content.text, a.source.text if a.source else None) for a in atts] == [
        ("the election was rigged", None), ("it as a disaster", "Trump")]


def test_the_one_quoted_as_saying_is_the_speaker():
    """"Reuters quoted a spokesman as saying …" gave the words to Reuters, once for "quoted" and
    once for "saying"; in the passive the gerund was read as passive and lost."""
    for text, speaker in [("Reuters quoted a spokesman as saying that the talks had failed.", "a spokesman"),
                          ("The spokesman was quoted by Reuters as saying that the talks had failed.", "The spokesman")]:
        (a,) = attributions(text)
        assert (a.source.text, a.content.text) == (speaker, "that the talks had failed")


def test_a_dateline_is_no_speaker():
    (a,) = attributions("RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he doesn’t watch "
                        "professional football much anymore.")
    assert a.source.text == "Republican presidential hopeful Donald Trump"


def test_a_conjoined_gerund_speaks_with_the_subject_and_to_its_object():
    """"telling Reuters" hung on "returned" as a conjunct: Reuters had become the speaker."""
    (a,) = attributions("Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I "
                        "have been friends for a long time.”")
    assert (a.source.text, a.addressee.text) == ("Trump", "Reuters")


def test_a_partner_after_with_is_no_message():
    """"agreed with the Obama administration": whom one agrees with is not what was said."""
    assert attributions("The senator agreed with the Obama administration on the budget.") == []


def test_a_number_word_opens_a_phrase_and_is_no_name():
    """"Seventy" was tagged a proper noun and the speaker cut to it."""
    (a,) = attributions("Seventy-four percent of Democratic registered voters said they have a favorable view of Clinton.")
    assert a.source.text == "Seventy-four percent of Democratic registered voters"


def test_a_lone_indefinite_article_is_no_source():
    found = attributions("He pledged to fix the nation’s “broken” campaign finance system and he, once again, pledged a "
                         "“political revolution” and said that he and his supporters would stand up to the billionaire class.")
    assert all(a.source is None or a.source.text.lower() != "a" for a in found)


def test_a_verb_form_the_lemmatizer_missed_is_still_a_cue():
    """"tweeted" was lemmatised as itself; the form without its ending is the lexicon's "tweet"."""
    (a,) = attributions("Trump tweeted that the election was rigged.")
    assert (a.source.text, a.content.text) == ("Trump", "that the election was rigged")


def test_a_cue_with_its_own_that_clause_does_not_take_the_quotation_before_it():
    found = attributions("Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the Republican "
                         "party,” claiming that he is responsible for higher voter turnout in the primary states.")
    claiming = next(a for a in found if a.cue is not None and a.cue.lemma == "claim")
    assert claiming.content.text == "that he is responsible for higher voter turnout in the primary states"


def test_a_gerund_after_the_main_clause_speaks_with_its_subject():
    found = attributions("Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the Republican "
                         "party,” claiming that he is responsible for higher voter turnout in the primary states.")
    claiming = next(a for a in found if a.cue.text == "claiming")
    assert claiming.source.text == "Trump"
    assert claiming.content.text == "that he is responsible for higher voter turnout in the primary states"


def test_a_subject_before_a_participle_clause_speaks_for_the_verb_after_it():
    found = attributions("Marco Rubio, speaking at a Super Tuesday rally at his hometown in Miami, is criticizing "
                         "the night’s big winner among Republicans: Donald Trump.")
    criticizing = next(a for a in found if a.cue.text == "criticizing")
    assert criticizing.source.text == "Marco Rubio"


def test_the_second_half_of_a_split_quotation_is_not_a_put_it_report():
    """"it puts in conflict" had matched the multiword cue "put it" with "it" as its subject, and so
    claimed the quotation's second half, which then had no speaker."""
    found = attributions('"It\'s a difficult issue," the Florida senator said, "because it puts in conflict two '
                         'competing rights. On the one hand is the right of a woman."')
    assert [(a.source.text, a.content.text[:20]) for a in found] == [
        ("the Florida senator", '"It\'s a difficult is'), ("the Florida senator", '"because it puts in ')]


def test_a_to_phrase_in_the_speakers_apposition_names_no_listener():
    a = only('"We were deceived," said John Smith, an adviser to the president.')
    assert (a.source.text, a.addressee) == ("John Smith, an adviser to the president", None)
    c = only("''We were deceived,'' said Yaakov Amidror, a former adviser to Mr. Netanyahu.")  # "adviser" an amod
    assert c.addressee is None
    b = only('"We were deceived," said Smith to reporters.')
    assert b.addressee.text == "reporters"


def test_a_quotation_that_holds_a_report_with_a_pronoun_speaker_goes_on_with_the_speaker_before():
    """"They didn't tell us" inside the quotation had claimed it, and the words had no speaker."""
    found = attributions("''What the Americans did is try to deceive us,'' said Yaakov Amidror. ''They didn't tell us "
                         "about Oman. That was not the turning point.''")
    assert [(a.source.text, a.content.text[:12]) for a in found if a.cue is None] == [
        ("Yaakov Amidror", "''They didn'")]  # (not "Amidror.": the parser hung the opening mark on the name)


def test_a_verb_right_after_a_comma_with_a_name_after_it_follows_its_message():
    """The parser made the clause before the comma the verb's subject and the speaker its complement."""
    a = only("A Franco-Algerian couple and their two children were also among the flight's passengers, said "
             "Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz.")
    assert (a.source.text, a.content.text) == (
        "Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz",
        "A Franco-Algerian couple and their two children were also among the flight's passengers")


@pytest.mark.parametrize("text, message", [
    ("The company said the merger, which was approved in May, would close next year.",
     "the merger, which was approved in May, would close next year"),
    ("Police said the suspect, who was arrested Tuesday, had no prior record.",
     "the suspect, who was arrested Tuesday, had no prior record"),
])
def test_a_relative_clause_set_into_the_message_is_part_of_it(text, message):
    """", which" had cut the message as a comment on it; the parser made "had" a conjunct of the cue."""
    assert only(text).content.text == message


def test_adding_takes_the_quotation_after_it():
    found = attributions("Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which was "
                         "maniacal,” adding, “He lost all of the Latino vote.”")
    adding = next(a for a in found if a.cue.text == "adding")
    assert adding.content.text == "“He lost all of the Latino vote.”"
    assert adding.source.text == "Trump"


def test_an_opening_phrase_the_parser_hung_on_the_subject_s_title_is_not_the_source():
    (a,) = attributions("On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.”")
    assert a.source.text == "Former Florida Gov. Jeb Bush"


def test_a_gerund_on_a_noun_speaks_with_that_noun():
    (a,) = attributions("Democratic candidates went further, with former Maryland Gov. Martin O’Malley "
                        "calling Trump a fascist.")
    assert a.cue.text == "calling" and a.source.text == "former Maryland Gov. Martin O’Malley"
    assert a.content.text == "Trump a fascist"


def test_a_reporting_verb_the_tagger_took_for_a_noun_after_a_quotation_and_a_name():
    (a,) = attributions("“Cruz could win the general election in a landslide,” Viguerie concludes.")
    assert a.cue.text == "concludes" and a.source.text == "Viguerie"
    assert a.content.text == "“Cruz could win the general election in a landslide,”"


def test_a_reporting_verb_the_tagger_took_for_a_noun_after_a_quotation_and_a_description():
    (a,) = attributions('"It was a difficult decision," the club\'s president conceded.')
    assert (a.cue.text, a.source.text) == ("conceded", "the club's president")


def test_an_adverb_of_the_cue_tagged_a_noun_is_no_part_of_the_source():
    assert [a.source.text for a in attributions("Greenpeace sharply criticized the decision, saying it would harm "
                                                "the environment.")] == ["Greenpeace", "Greenpeace"]


def test_the_partner_of_an_interview_is_the_addressee():
    (a,) = attributions("In an interview with CNN on Sunday, the senator said that the bill would pass.")
    assert a.addressee.text == "CNN" and a.source.text == "the senator"


def test_a_cue_after_a_finished_quotation_takes_the_quotation_after_it():
    said, added = attributions("Brafman said, “The zeal with which this case was brought is uncharacteristic of any "
                               "case that we have found.” He added, “In this case things happened in this "
                               "prosecution that are not ordinary.”")
    assert said.content.text.startswith("“The zeal") and said.source.text == "Brafman"
    assert added.cue.text == "added" and added.content.text.startswith("“In this case")


def test_a_quotation_after_a_colon_is_the_words_of_the_subject_before_it():
    found = attributions("The tweet drew attention. Kaine has adopted the stance common among some Catholics in "
                         "public office: “I’m pro-life in my personal life, but support abortion in my public life.”")
    (a,) = [a for a in found if a.content.text.startswith("“I’m pro-life")]
    assert a.source.text == "Kaine"


def test_a_gerund_after_the_cue_leaves_it_the_quotation_before():
    (a, *_) = attributions("“You have two billionaire hedge fund managers who started a super PAC,” Clinton said, "
                           "referencing a super PAC called Future45.")
    assert a.cue.text == "said" and a.content.text.startswith("“You have two") and a.source.text == "Clinton"


def test_a_name_and_a_colon_before_a_quotation_name_its_speaker():
    (a,) = attributions("Senator Bernie Sanders: “We will fight for every vote in every state.”")
    assert a.source.text == "Senator Bernie Sanders" and a.type == "direct"


def test_a_message_of_function_words_alone_is_no_report():
    said = [a for a in attributions("Asked whether the plan would pass, the senator said it was not.")
            if a.cue is not None and a.cue.text == "said"]
    assert said == []
    (kept,) = [a for a in attributions("Asked whether the plan would pass, the senator said it was not ready.")
               if a.cue is not None and a.cue.text == "said"]
    assert kept.content.text == "it was not ready"


@pytest.mark.parametrize("text, reports", [
    ("Police found the car near the border.", []),
    ("The company informed its customers on Monday.", []),
    ("The report found that prices rose sharply.", ["that prices rose sharply"]),
])
def test_the_object_of_a_verb_of_finding_or_telling_is_no_message(text, reports):
    """"found the car", "informed its customers": a thing found or the one told, not a report."""
    assert [a.content.text for a in attributions(text)] == reports


def test_a_year_is_no_source():
    """The parser made "2012" the subject of "show": a date names nobody."""
    found = attributions("In a clip, you can see for yourself that it was reported live on September 11th. 2012 on "
                         "CNN’s show Anderson Cooper 360 that the attackers were the group Ansar al-Sharia.")
    assert found and not any(a.source is not None and a.source.text == "2012" for a in found)


def test_a_gerund_after_a_reported_clause_speaks_with_the_reporting_verb():
    """The parser hung "adding" on "stalled", the reported clause, whose subject "the talks" became
    the speaker of what was added."""
    found = attributions("Officials said the talks had stalled, adding that a deal was unlikely before June.")
    added = next(a for a in found if a.cue is not None and a.cue.lemma == "add")
    assert added.source.text == "Officials" and added.content.text == "that a deal was unlikely before June"


def test_declining_to_comment_is_the_refusal_not_a_comment():
    """The infinitive cue "comment" took "for the State Department declined to" as its message:
    a clause-final cue's prepositional message was looked for before the verb that governs it. The
    refusal is the report (frame ``refuse``), as PolNeAR marks it."""
    [a] = attributions("A spokesman for the State Department declined to comment.")
    assert (a.source.text, a.cue.text, a.content.text) == ("A spokesman for the State Department", "declined",
                                                           "to comment")


def test_a_speaker_the_parser_made_a_passive_subject():
    """"warned" was tagged a participle and "Analysts" its passive subject: no speaker."""
    [a] = attributions("Analysts warned that inflation could rise further.")
    assert (a.source.text, a.content.text) == ("Analysts", "that inflation could rise further")


def test_a_thing_labelled_is_no_listener():
    [a] = attributions('The mayor criticized the plan as "reckless."')
    assert a.source.text == "The mayor" and a.addressee is None


def test_the_noun_phrase_opening_the_sentence_speaks_where_the_parse_lost_the_subject():
    """"minister" was parsed as part of "later", and "told" had no speaker."""
    [a] = attributions("The minister later told parliament that the government would review the decision.")
    assert (a.source.text, a.addressee.text) == ("The minister", "parliament")


def test_a_relative_clause_between_speaker_and_verb():
    """"confirmed" was parsed as a conjunct of the relative clause: the account confirmed became the
    speaker and the speaker the message."""
    [a] = attributions("A second official, who spoke on condition of anonymity, confirmed the account.")
    assert (a.source.text, a.content.text) == ("A second official", "the account")


def test_a_reported_clause_with_a_modal_after_a_gerund():
    """"would" carries no mood feature, so the clause was not read as one and the object "the aid"
    became the message."""
    found = attributions('Zelenskiy thanked senators in a post on X, saying the aid would "save thousands of lives."')
    assert [a.content.text for a in found if a.cue.text == "saying"] == ['the aid would "save thousands of lives."']


def test_officials_familiar_with_the_discussions_speak():
    """The parser made "discussions", inside "with the discussions", the subject, which was rejected
    as a prepositional phrase: the report had no speaker."""
    [a] = attributions("However, officials familiar with the discussions said no final decisions had been made.")
    assert (a.source.text, a.content.text) == ("officials familiar with the discussions",
                                               "no final decisions had been made")


def test_a_relative_that_does_not_open_the_message_nor_a_fronted_phrase_make_it():
    """"said cities that refused to help would face consequences": "cities" was parsed as the
    listener and the relative "that" as the complementizer; then the fronted "In an interview …"
    became the message."""
    [a] = attributions("In an interview with Fox News on Sunday, Homan said cities that refused to help would "
                       "face consequences.")
    assert (a.source.text, a.content.text) == ("Homan", "cities that refused to help would face consequences")


def test_a_conjunction_parsed_as_the_subject_s_preposition():
    """"after" was parsed as the preposition of "the company", whose phrase was then refused as a
    speaker."""
    [a] = attributions("Shares of Boeing fell sharply on Wednesday after the company reported a larger-than-expected "
                       "loss for the third quarter.")
    assert (a.source.text, a.cue.text) == ("the company", "reported")


def test_a_report_after_while_ends_the_message_before_it():
    """Macron's message ran on into ", while … Cameron said …", and Cameron's report was nested in it."""
    found = attributions('French President Emmanuel Macron told the BBC that there was "no justification" for the '
                         'bombing of civilians, while British Foreign Secretary David Cameron said he was "deeply '
                         'worried" about the situation in Gaza.')
    assert [(a.source.text, a.content.text, a.nested_in) for a in found] == [
        ("French President Emmanuel Macron", 'that there was "no justification" for the bombing of civilians', None),
        ("British Foreign Secretary David Cameron", 'he was "deeply worried" about the situation in Gaza', None)]


def test_an_opening_prepositional_phrase_is_not_part_of_the_speaker():
    """"In a dissent, Justice Sonia Sotomayor warned …" had the source "a dissent, Justice Sonia
    Sotomayor" (the parser left "In" outside the phrase it hung on the name)."""
    [a] = attributions('In a dissent, Justice Sonia Sotomayor warned that the decision would have "deadly '
                       'consequences."')
    assert a.source.text == "Justice Sonia Sotomayor"


@pytest.mark.parametrize("text, source, message", [
    ("The economy, the minister said, would recover next year.", "the minister", "would recover next year"),
    ("Markets, she noted, had already priced in three cuts.", "she", "had already priced in three cuts"),
])
def test_a_report_set_inside_the_clause_it_tells(text, source, message):
    """Neither had been read as a report."""
    a = only(text)
    assert (a.source.text, a.content.text) == (source, message)


@pytest.mark.parametrize("text, source, canonical", [
    ("Russian forces were only targeting military infrastructure, Kremlin spokesman Dmitry Peskov told reporters.",
     "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("Prime Minister Keir Starmer has promised to cut net migration.", "Prime Minister Keir Starmer", "Keir Starmer"),
    ("Detective Inspector Laura Grant appealed for witnesses.", "Detective Inspector Laura Grant", "Laura Grant"),
])
def test_a_speakers_name_is_what_follows_the_titles(text, source, canonical):
    """The recogniser took "Kremlin", "Minister Keir Starmer" and "Laura" for the persons."""
    a = attributions(text)[0]
    assert (a.source.text, a.source.canonical) == (source, canonical)


def test_a_name_the_parser_made_a_sentence_of_its_own():
    """"Nigel" was a root and ended a sentence: the source was "Farage"."""
    a = only("Reform UK leader Nigel Farage described the announcement as a mistake.")
    assert a.source.text == "Reform UK leader Nigel Farage"


def test_a_possessive_inside_the_source_after_according_to():
    a = only("Rescue workers were still searching the wreckage, according to the state's disaster management agency.")
    assert a.source.text == "the state's disaster management agency"


def test_a_quotation_after_as_is_the_whole_label():
    """The label stopped at the comma inside the quotation: '"too little'."""
    a = only('Reform UK leader Nigel Farage described the announcement as "too little, too late."')
    assert a.content.text == 'the announcement as "too little, too late."'


def test_a_clause_the_parser_hung_on_the_listener_is_what_was_told():
    """"they had heard …" was parsed as a relative clause of "the BBC": the BBC was part of the message."""
    a = only("Neighbours told the BBC they had heard shouting shortly before midnight.")
    assert (a.addressee.text, a.content.text) == ("the BBC", "they had heard shouting shortly before midnight")


@pytest.mark.parametrize("text, message", [
    ('Sen. Mitch McConnell said it was "a vote for American leadership."', 'it was "a vote for American leadership."'),
    ('Sen. Rand Paul called the bill "a giveaway to the defense industry," while others disagreed.',
     'the bill "a giveaway to the defense industry,"'),
])
def test_a_message_ending_inside_a_quotation_takes_its_closing_mark(text, message):
    """The stop or comma inside the quotation had cut the message before the closing mark."""
    a = only(text)
    assert (a.type, a.content.text) == ("mixed", message)
    assert a.source.canonical in {"Mitch McConnell", "Rand Paul"}


def test_a_person_the_recogniser_took_for_an_organisation_is_named_without_titles():
    found = attributions('"This is a message to our allies," Senate Majority Leader Chuck Schumer said on the floor.')
    assert found[0].source.canonical == "Chuck Schumer"


@pytest.mark.parametrize("text, canonical", [
    ("Trump's spokesman said the deal was done.", "Trump's spokesman"),
    ("According to Lebanon's health ministry, at least eight people were killed.", "Lebanon's health ministry"),
])
def test_one_who_only_owns_the_speaker_is_not_the_speaker(text, canonical):
    """"Trump's spokesman" had been Trump, and the ministry Lebanon (taken for a person)."""
    assert only(text).source.canonical == canonical


def test_a_lone_noun_object_names_no_message():
    assert attributions("The candidate urged voters.") == []


@pytest.mark.parametrize("text, cues", [
    ("Two officials, who were not authorized to discuss the matter, said the talks had stalled.", ["said"]),
    ("The White House declined to comment on the report.", ["declined"]),
])
def test_a_verb_of_saying_in_an_infinitive_says_nothing_yet(text, cues):
    """"to discuss the matter" was a report without speaker; under a refusal the refusal reports."""
    assert [a.cue.text for a in attributions(text)] == cues


def test_a_that_clause_parsed_as_the_listener_s_relative_clause_is_the_message():
    """The cue took "off" (of "called off") for its own particle and was no cue at all."""
    a = only("Officials informed the families that the search had been called off.")
    assert (a.source.text, a.addressee.text, a.content.text) == (
        "Officials", "the families", "that the search had been called off")


def test_a_listener_parsed_as_the_reported_clause_s_subject():
    a = only("He assured investors the company was in good shape.")
    assert (a.addressee.text, a.content.text) == ("investors", "the company was in good shape")


def test_a_message_ends_before_the_mark_that_opens_the_next_quotation():
    found = attributions("Rates were held. Some economists questioned the central bank's patience. \"The Fed is behind "
                         "the curve again,\" said Diane Swonk, chief economist at KPMG.")
    assert [a.content.text for a in found] == ["the central bank's patience", "\"The Fed is behind the curve again,\""]


def test_added_with_a_noun_object_reports_nothing():
    """"add" takes a clause or a quotation ("He added that …"); "had added new conditions" says nothing."""
    found = attributions("Hamas, for its part, insisted that Israel had added new conditions at the last minute.")
    assert [a.cue.text for a in found] == ["insisted"]


def test_a_place_inside_an_organisation_s_name_is_not_its_speaker():
    found = attributions("A man was arrested. West Yorkshire Police said officers were called to Briggate shortly "
                         "after 11pm on Saturday.")
    assert [(a.source.text, a.source.canonical) for a in found] == [("West Yorkshire Police", "West Yorkshire Police")]


def test_the_subject_of_a_passive_with_an_infinitive_is_no_listener():
    found = attributions("The talks stalled. U.S. Secretary of State Antony Blinken is expected to travel to the "
                         "region next week, the State Department announced.")
    expected = [a for a in found if a.cue.text == "expected"]
    assert expected and expected[0].addressee is None


def test_a_hyphenated_name_is_one_name():
    found = attributions("The White House said Biden would sign the bill on Friday. Press secretary Karine "
                         "Jean-Pierre told reporters the president was grateful.")
    assert found[-1].source.canonical == "Karine Jean-Pierre"


def test_it_with_an_active_verb_of_saying_is_the_one_before():
    found = attributions("The firm was fined. In a statement, the company said it deeply regretted the incident. "
                         "It said it would not appeal.")
    assert [(a.source.text, a.source.canonical) for a in found] == [("the company", "company"), ("It", "company")]


def test_a_set_phrase_reports_nothing():
    found = attributions("The report was published on Monday. That said, the company expects growth. It is said "
                         "that the firm will close.")
    assert [(a.source, a.content.text) for a in found] == [(None, "that the firm will close")]


def test_a_quotation_the_parser_hung_on_the_speaker_s_name():
    """"law" was made a compound of "Schiff": the source ran over the quotation and the report was dropped."""
    found = attributions('The vote failed. "Nobody is above the law," Rep. Adam Schiff said.')
    assert [(a.source.text, a.content.text) for a in found] == [("Rep. Adam Schiff", '"Nobody is above the law,"')]


def test_a_gerund_does_not_take_the_quotation_before_it():
    found = attributions('The trial was delayed. Former President Donald Trump on Monday vowed to fight the charges '
                         'against him "all the way," calling the case a political witch hunt.')
    assert [a.content.text for a in found if a.cue.text == "calling"] == ["the case a political witch hunt"]


def test_ruling_on_a_request_reports_nothing():
    found = attributions("The trial was delayed. The judge has not yet ruled on the request. The judge ruled on "
                         "Monday that the evidence was admissible.")
    assert [a.content.text for a in found] == ["that the evidence was admissible"]


def test_an_appeal_ends_before_a_finite_verb_coordinated_with_its_infinitive():
    found = attributions("Aid was blocked. He urged the warring parties to allow safe passage for aid convoys and "
                         "accused both sides of obstructing deliveries.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("urged", "to allow safe passage for aid convoys"), ("accused", "both sides of obstructing deliveries")]


def test_a_gerund_speaks_with_the_subject_of_the_verb_above_a_subjectless_one():
    """"crashes" was parsed as a verb, and "telling" hung on it had no speaker."""
    found = attributions('The hearing began. Boeing chief executive Dave Calhoun apologized on Tuesday to relatives of '
                         'the victims of two 737 MAX crashes, telling senators that the company was "deeply sorry" for '
                         'their loss.')
    assert [(a.source.canonical, a.addressee.text) for a in found] == [("Dave Calhoun", "senators")]


def test_a_relative_clause_on_the_source_of_according_to_is_not_the_message():
    found = attributions("The hearing began. According to a whistleblower who testified earlier, the company ignored "
                         "warnings from engineers.")
    assert [(a.source.text, a.content.text) for a in found] == [
        ("a whistleblower", "the company ignored warnings from engineers")]


def test_a_clause_going_on_with_but_is_not_the_message():
    found = attributions("The vote failed. A spokesperson for the ministry confirmed the arrests but gave no further "
                         "details. He claimed the government and the opposition had lost control.")
    assert [a.content.text for a in found] == ["the arrests", "the government and the opposition had lost control"]


def test_an_adjective_after_the_source_noun_is_left_with_its_phrase():
    found = attributions("The talks resumed. The deal would cut emissions by half, according to a government official "
                         "familiar with the matter.")
    assert [a.source.text for a in found] == ["a government official"]


def test_words_qualifying_the_source_of_an_opening_according_to_are_the_source_s_not_the_message():
    """As PolNeAR train marks them ("according to | officials familiar with the system |")."""
    found = attributions("Talks went on. According to people familiar with the matter, the deal could be announced as "
                         "soon as Friday.")
    assert [(a.source.text, a.content.text) for a in found] == [
        ("people familiar with the matter", "the deal could be announced as soon as Friday")]


def test_the_subject_the_parser_made_an_object_opens_the_message_across_its_apposition():
    found = attributions("A man was held. Police said the suspect, a 34-year-old man, was arrested at the scene.")
    assert [a.content.text for a in found] == ["the suspect, a 34-year-old man, was arrested at the scene"]


def test_appealing_a_ruling_reports_nothing_appealing_for_calm_does():
    found = attributions("The court ruled. In a post on X, Musk wrote that the company would appeal the ruling. "
                         "The police appealed for calm.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("wrote", "that the company would appeal the ruling"), ("appealed", "for calm")]


def test_a_denied_object_ends_before_a_participle_clause():
    found = attributions('The story spread. The ministry denied the report, calling it "fake news." The ministry '
                         "rejected the claims, saying they were baseless.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("denied", "the report"), ("calling", 'it "fake news."'), ("rejected", "the claims"),
        ("saying", "they were baseless")]


def test_a_title_and_a_hyphenated_name_before_the_subject_the_parser_split_off_are_the_source():
    found = attributions("Speaking to reporters aboard Air Force One, Press Secretary Karine Jean-Pierre said the "
                         "president had been briefed.")
    assert [a.source.text for a in found] == ["Press Secretary Karine Jean-Pierre"]


def test_a_relative_clause_after_the_source_is_left_out_of_it():
    found = attributions("Taxes are rising. The mayor, who is up for re-election next year, has said he will not raise "
                         "taxes.")
    assert [(a.source.text, a.content.text) for a in found] == [("The mayor", "he will not raise taxes")]


def test_a_reported_clause_ends_before_a_participle_cue_of_the_speaker():
    found = attributions("Results came in. The bank said profits fell 12 percent in the third quarter, citing higher "
                         "costs.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("said", "profits fell 12 percent in the third quarter"), ("citing", "higher costs")]


def test_a_fronted_participle_clause_is_no_message_nor_the_reporting_verb_a_clause():
    """"Acting on a tip," was the message of "found", and then "…, police said" its bare clause."""
    found = attributions("Acting on a tip, officers found the weapon in a car parked nearby, police said.")
    assert [(a.cue.text, a.source.text) for a in found] == [("said", "police")]


def test_a_reported_clause_ends_before_a_cue_that_goes_on_with_the_speaker():
    found = attributions("The minister admitted mistakes had been made but said she would not resign. He said "
                         "prices rose and fell again.")
    assert [a.content.text for a in found] == ["mistakes had been made", "she would not resign",
                                               "prices rose and fell again"]


def test_what_the_object_is_called_is_part_of_the_message():
    found = attributions('The former president has called the case a "witch hunt." She called the decision '
                         'outrageous.')
    assert [a.content.text for a in found] == ['the case a "witch hunt."', "the decision outrageous"]


def test_a_verb_and_its_cue_noun_report_a_mixed_quotation_once():
    found = attributions("Clinton's campaign said in a statement that the attacks were \"false and misleading.\" "
                         "Republican leaders have privately expressed concern that the nominee could cost them the "
                         "Senate.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("said in a statement", 'that the attacks were "false and misleading."'),
        ("expressed concern", "that the nominee could cost them the Senate")]


def test_an_object_after_the_verb_is_no_lost_subject_and_what_the_listener_is_urged_to_say_no_report():
    found = attributions("Obama, in his final State of the Union address, urged Americans to reject the politics of "
                         "fear.")
    assert [(a.source.text, a.cue.text, a.addressee.text, a.content.text) for a in found] == [
        ("Obama", "urged", "Americans", "to reject the politics of fear")]


def test_what_a_speaker_was_asked_about_is_not_a_source():
    found = attributions("Asked about the comments, Rubio said he had not seen them.")
    assert [a.source.text if a.source else None for a in found] == [None, "Rubio"]


@pytest.mark.parametrize("text, content", [
    ("A spokesman for the campaign declined to comment.", "to comment"),
    ("The White House declined to say whether the president had been briefed.",
     "to say whether the president had been briefed"),
])
def test_a_refusal_to_speak_is_reported_with_what_was_not_said(text, content):
    a = only(text)
    assert (a.cue.text, a.content.text) == ("declined", content)


def test_a_refusal_to_act_reports_nothing():
    assert attributions("The senator declined to attend the meeting on Tuesday.") == []


def test_a_relative_clause_on_the_reported_subject_stays_in_the_message():
    a = only("Police said the suspect, who was not named, had been arrested on Sunday.")
    assert a.content.text == "the suspect, who was not named, had been arrested on Sunday"


def test_a_time_in_the_plural_is_not_what_was_said():
    found = attributions("“It’s a disaster,” said John Smith, a spokesman for the group. “We warned them for years.”")
    assert [a.content.text for a in found] == ["“It’s a disaster,”", "“We warned them for years.”"]


def test_the_outlets_note_on_a_claim_is_not_part_of_it():
    a = only("The ministry said the strikes hit military targets, a claim that could not be independently verified.")
    assert a.content.text == "the strikes hit military targets"


def test_a_verb_of_saying_tagged_a_noun_before_that_still_reports():
    a = only("The lawsuit alleges that the company misled investors about its finances.")
    assert (a.source.text, a.cue.text) == ("The lawsuit", "alleges")


def test_a_relative_clause_on_the_speaker_parsed_as_a_clause_of_the_cue_is_not_the_message():
    a = only("A senior administration official, who briefed reporters on condition of anonymity, said the sanctions "
             "would take effect immediately.")
    assert (a.source.text, a.content.text) == ("A senior administration official",
                                               "the sanctions would take effect immediately")


def test_that_after_the_listener_opens_the_message_even_tagged_relative():
    a = only("Mr. Johnson told The Times that he had no plans to resign.")
    assert (a.addressee.text, a.content.text) == ("The Times", "that he had no plans to resign")


@pytest.mark.parametrize("text, addressee", [
    ("“I’m not going anywhere,” the 81-year-old president told supporters at a rally in Wisconsin.", "supporters"),
    ("The senator told members of Congress that the bill would pass.", "members of Congress"),
])
def test_a_listener_ends_before_a_phrase_that_tells_where(text, addressee):
    assert only(text).addressee.text == addressee


def test_it_parsed_as_an_expletive_of_an_active_cue_is_its_speaker():
    found = attributions("The company said it expects revenue to fall in the fourth quarter, citing weaker demand "
                         "in China.")
    assert [(a.cue.text, a.source.text if a.source else None) for a in found] == [("said", "The company"),
                                                                                   ("expects", "it")]


@pytest.mark.parametrize("text, contents", [
    ("“No,” he said.", ["“No,”"]),
    ("“Yes,” said Smith, “but not now.”", ["“Yes,”", "“but not now.”"]),
    ("Russian spokeswoman Maria Zakharova called the claims “absurd.”", ["the claims “absurd.”"]),
])
def test_a_short_quotation_with_its_own_comma_is_speech(text, contents):
    assert [a.content.text for a in attributions(text)] == contents


def test_a_participle_on_the_source_of_according_to_is_the_source_s_not_the_message():
    """As PolNeAR train marks it ("according to | a poll of 400 registered Latino voters released on Friday by …")."""
    a = attributions("According to a Pew Research Center survey released last month, 62 percent of Americans "
                     "oppose the plan.")[0]
    assert (a.source.text, a.content.text) == ("a Pew Research Center survey released last month",
                                               "62 percent of Americans oppose the plan")


def test_a_titled_name_between_a_quotation_and_its_cue_speaks_whatever_the_parse():
    """The parser made "parliament" the root and "told" its adjective: no speaker, and the message
    "parliament, adding …"."""
    first, second = attributions("“It’s a historic day,” Prime Minister Keir Starmer told parliament, adding that the "
                                 "deal would create jobs.")
    assert (first.source.text, first.content.text) == ("Prime Minister Keir Starmer", "“It’s a historic day,”")
    assert (second.source.text, second.content.text) == ("Prime Minister Keir Starmer",
                                                         "that the deal would create jobs")


def test_that_after_a_day_opens_the_message_even_tagged_relative():
    a = only("Trump tweeted Friday that the report was a “total hoax.”")
    assert (a.source.text, a.content.text) == ("Trump", "that the report was a “total hoax.”")


def test_a_message_ends_before_according_to_after_a_comma():
    said = [a for a in attributions("Biden said the United States would not send troops, according to a transcript "
                                    "released by the White House.") if a.cue.text == "said"]
    assert [a.content.text for a in said] == ["the United States would not send troops"]


def test_a_cue_the_parser_hung_on_its_speaker_after_a_quotation_reports_it():
    """"said" was parsed as a reduced relative clause on "spokesperson": nothing was reported."""
    (a,) = attributions('"We are disappointed," a spokesperson for the airline said in an emailed statement.')
    assert (a.source.text, a.content.text) == ("a spokesperson for the airline", '"We are disappointed,"')


def test_a_verb_after_a_comma_of_its_own_does_not_take_the_noun_before_it_as_speaker():
    said = attributions("He later suggested her menstrual cycle was behind her aggressive tone, called her "
                        "“third-rate” and boycotted one of the debates.")
    assert all(a.source is None or a.source.text == "He" for a in said)


def test_according_to_inside_the_clause_leaves_the_qualifiers_of_its_source_out_of_the_message():
    (a,) = attributions("The plan, according to people familiar with the matter, would cut about 1,000 jobs.")
    assert a.content.text == "would cut about 1,000 jobs"


def test_an_infinitive_message_ends_before_a_conjunction_and_a_past_form():
    pledged = [a for a in attributions("The company pledged to become carbon neutral by 2030 and promised billions "
                                       "of dollars in investment.") if a.cue.text == "pledged"]
    assert [a.content.text for a in pledged] == ["to become carbon neutral by 2030"]


def test_a_clause_coordinated_after_a_comma_is_no_report_of_the_clause_before():
    said = attributions("The reporters couldn’t possibly have been more odious than the crew, but Cruz’s fusillade "
                        "in Colorado underscored the importance of being on best behavior.")
    assert not any(a.content.text.startswith("The reporters") for a in said)


def test_a_counted_speaker_after_a_quotation_and_its_verb_speaks():
    first, second = attributions('"It\'s a disaster," said one resident, who declined to give her name. '
                                 '"Nobody warned us."')
    assert (first.source.text, second.source.text) == ("one resident", "one resident")


def test_an_infinitive_the_parser_made_a_phrase_with_to_is_no_listener():
    (a,) = attributions("Democrats called for the secretary to resign.")
    assert a.addressee is None


@pytest.mark.parametrize("text, cue, content", [
    ("The chancellor made clear there would be no tax increases.", "made clear", "there would be no tax increases"),
    ("As one senator put it, the bill is dead.", "put it", "the bill is dead"),
])
def test_a_multiword_cue_whose_verb_comes_first(text, cue, content):
    (a,) = attributions(text)
    assert (a.cue.text, a.content.text) == (cue, content)


def test_a_cue_right_after_a_quotation_has_its_speaker_after_it_whatever_its_tag():
    """"warned" was tagged a participle, and the auxiliary inside the quotation taken for its own."""
    (a,) = attributions('"We are facing a tough winter," warned association president Peter Adrian.')
    assert a.source.text == "association president Peter Adrian"


def test_of_two_subjects_the_one_a_comma_parts_from_the_cue_is_not_its_speaker():
    (a,) = attributions("The number of asylum applications rose in the first half of the year, the Federal Office "
                        "said.")
    assert a.source.text == "the Federal Office"


def test_a_phrase_of_the_speaker_before_the_cue_is_no_listener():
    (a,) = attributions("A source close to the negotiations said a deal was imminent.")
    assert (a.source.text, a.addressee) == ("A source close to the negotiations", None)


def test_that_after_where_it_was_said_opens_the_message_even_tagged_relative():
    (a,) = attributions("The governor posted on Instagram that she had tested positive for COVID-19.")
    assert a.content.text == "that she had tested positive for COVID-19"


@pytest.mark.parametrize("text, reports", [
    ('He continued: "Nobody should have to live like this."', [("He", "continued")]),
    ('"We will win," he continued.', [("he", "continued")]),
    ('The statement read: "We are deeply saddened by the loss of our colleague."', [("The statement", "read")]),
    ("Prices continued to rise in March.", []),
    ("She read the report twice.", []),
])
def test_a_verb_that_reports_only_beside_a_quotation(text, reports):
    assert [(a.source.text, a.cue.text) for a in attributions(text)] == reports


def test_a_plural_noun_tagged_a_verb_right_before_the_cue_is_part_of_the_speaker():
    """"aides" was tagged a verb and "said" made its complement: no speaker."""
    (a,) = attributions("Bush aides said the president would veto the bill.")
    assert a.source.text == "Bush aides"


def test_according_to_at_the_very_end_of_a_text_without_a_full_stop():
    """The source ran to the end of the document, and the test for its qualifiers read past it."""
    (a,) = attributions("The plan would cut jobs, according to Reuters")
    assert (a.source.text, a.content.text) == ("Reuters", "The plan would cut jobs")


def test_a_relative_pronoun_is_the_source_and_names_its_antecedent():
    a = attributions("The plan was criticized by Senator John Smith, who said that it would cost jobs.")[0]
    assert (a.source.text, a.source.canonical) == ("who", "John Smith")


def test_a_quotation_between_doubled_apostrophes_is_direct_speech():
    """PolNeAR's New York Times articles quote with ''…'': none of them was found."""
    a = only("''We have to look at ISIS as the leading threat,'' Mrs. Clinton said on Monday.")
    assert (a.type, a.source.text, a.content.text) == ("direct", "Mrs. Clinton",
                                                       "''We have to look at ISIS as the leading threat,''")


def test_a_reported_clause_goes_on_through_the_infinitive_the_parser_hung_on_the_cue():
    a = only("Trump said the onus was on the Chinese to deal with North Korea’s nuclear weapons.")
    assert a.content.text == "the onus was on the Chinese to deal with North Korea’s nuclear weapons"


@pytest.mark.parametrize("text, cue, content", [
    ("The senator pointed to his record in the Florida Legislature.", "pointed to", "his record"),
    ("A friend referred to him as “the smartest man in Washington.”", "referred to",
     "him as “the smartest man in Washington.”"),
])
def test_a_verb_with_its_preposition_is_one_cue_whose_object_is_the_message(text, cue, content):
    """"point to", "refer to" never matched: the parser makes the preposition the case marker of
    the object, not the verb's particle, and the object was not read as the message."""
    a = only(text)
    assert (a.cue.text, a.content.text) == (cue, content)


def test_what_a_thing_is_described_as_goes_on_past_a_hyphen_inside_a_word():
    a = only("Critics described the plan as a short-term buzz.")
    assert a.content.text == "the plan as a short-term buzz"


def test_a_coordinated_verb_the_parser_opened_a_sentence_with_keeps_the_subject():
    """The parser ended a sentence after the closing quotation mark and began the next with "and"."""
    a = next(x for x in attributions("Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” "
                                     "and said the Republican party is bound to lose to Clinton if an alternative "
                                     "to Trump is not found.") if x.cue.text == "said")
    assert a.source.text == "Graham"


def test_a_bare_report_after_a_quotation_that_ends_its_sentence_reports_it():
    """The full stop inside the closing mark ended the sentence for the parser."""
    a = only("“We will win the election in November.” Trump said.")
    assert (a.source.text, a.cue.text, a.content.text) == ("Trump", "said", "“We will win the election in November.”")


def test_a_name_with_an_apposition_between_the_quotation_and_the_cue_speaks():
    a = only("“What they’ve been desperate to figure out is some mechanism,” Morton Blackwell, the Republican "
             "National Committeeman from Virginia, told Breitbart News.")
    assert a.source.text == "Morton Blackwell, the Republican National Committeeman from Virginia"
    assert a.content.text == "“What they’ve been desperate to figure out is some mechanism,”"


def test_an_opening_mark_glued_to_the_comma_after_the_cue_opens_the_quotation():
    a = only("Ryan said,“Look, anti-Semitic images, they’ve got no place in a presidential campaign.”")
    assert (a.source.text, a.cue.text) == ("Ryan", "said")
    assert a.content.text == "“Look, anti-Semitic images, they’ve got no place in a presidential campaign.”"


@pytest.mark.parametrize("text, source", [
    ("Huma Abedin, vice chairwoman for Clinton’s presidential campaign, said the emails were private.",
     "Huma Abedin, vice chairwoman for Clinton’s presidential campaign"),
    ("“We will win,” said Jeb Bush, the former governor of Florida.", "Jeb Bush, the former governor of Florida"),
    ("Sen. Ted Cruz (R-Texas) said the deal was dead.", "Sen. Ted Cruz (R-Texas)"),
])
def test_a_speaker_keeps_the_description_set_off_after_the_name(text, source):
    assert only(text).source.text == source


def test_a_relative_clause_after_the_speakers_name_is_left_out():
    assert only("Chris Cox, who runs the NRA’s lobbying arm, said the law was bad.").source.text == "Chris Cox"


def test_a_reported_clause_goes_on_through_a_name_the_parser_hung_elsewhere():
    """The parser had opened a sentence at "Bernie", with no mark before it, and the message had stopped at
    "rival"; now that no sentence starts after a word, it hangs the name on the cue."""
    found = attributions("Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders with the argument "
                         "that the county must tackle problems beyond income inequality.")
    say = next(a for a in found if a.cue.text == "say")
    assert say.content.text.startswith("she’s shifting her tack toward rival Bernie Sanders")


def test_a_second_that_clause_coordinated_with_the_first_is_part_of_the_message():
    a = next(x for x in attributions("Rubio says he opposes gun violence but that the president’s plans won’t help "
                                     "prevent it.") if x.cue.text == "says")
    assert a.content.text == "he opposes gun violence but that the president’s plans won’t help prevent it"


def test_what_something_is_called_in_a_quotation_after_the_object_is_part_of_the_message():
    """The parser made "step" an adverbial and ended the sentence before the closing mark."""
    a = only("She called his executive actions “a crucial step forward on gun violence.”")
    assert a.content.text == "his executive actions “a crucial step forward on gun violence.”"


def test_an_object_the_parser_labelled_a_clause_is_what_was_criticized():
    found = attributions("In an interview with reporters Thursday, the Wisconsin Republican criticized the "
                         "president’s foreign policy and said allies wanted to know if the U.S. is “still in the "
                         "game.”")
    criticized = next(a for a in found if a.cue.text == "criticized")
    assert (criticized.content.text, criticized.addressee.text) == ("the president’s foreign policy", "reporters")


def test_a_gerund_cue_ends_before_a_second_gerund_joined_by_and():
    found = attributions("Romney went after Trump on Wednesday over his refusal to release his taxes, calling it "
                         "“disqualifying” and asserting that the only explanation must be “a bombshell.”")
    calling = next(a for a in found if a.cue.text == "calling")
    assert calling.content.text == "it “disqualifying”"


@pytest.mark.parametrize("text, message", [
    ("Clinton said she appreciated the apology and that she wanted to move forward.",
     "she appreciated the apology and that she wanted to move forward"),
    ("Ryan said it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”",
     "it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”"),
])
def test_an_adverb_at_the_end_of_the_reported_clause_is_no_particle_of_the_cue(text, message):
    """"forward" and "back" close the sentence: read as particles of "said", they had made "say forward",
    no cue, and the report was lost."""
    assert only(text).content.text == message


def test_the_subject_clause_of_a_reported_predicate_is_part_of_the_message():
    a = only("Gorka said it was “absolutely clear” that Clinton’s email server was vulnerable to foreign intelligence "
             "agencies.")
    assert a.content.text == ("it was “absolutely clear” that Clinton’s email server was vulnerable to foreign "
                              "intelligence agencies")


@pytest.mark.parametrize("text, message", [
    ("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million "
     "that day.", "that Trump raised about $4 million that day"),
    ("Former Florida Gov. Jeb Bush says President Barack Obama is acting unlawfully and showing disregard for the "
     "Second Amendment.", "President Barack Obama is acting unlawfully and showing disregard for the Second Amendment"),
    ("He says he wishes he could have spent more time in South Carolina, but that he and his team “did everything we "
     "could do.”", "he wishes he could have spent more time in South Carolina, but that he and his team “did "
     "everything we could do.”"),
    ("While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy.",
     "that journalists cannot have any political affiliation"),
])
def test_the_whole_reported_clause_and_no_more(text, message):
    said = next(a for a in attributions(text) if a.cue.text in ("said", "says"))
    assert said.content.text == message


@pytest.mark.parametrize("text", [
    "Three-quarters of Republican voters support a temporary ban.",
    "The senator attacked the oil industry in Texas.",
])
def test_the_object_of_support_or_attack_is_no_message(text):
    """"support a ban", "attacked the oil industry": a stance or an act, not words reported; on
    PolNeAR train (the first 150 articles) 28 such false reports went, 5 found ones with them."""
    assert attributions(text) == []


@pytest.mark.parametrize("text", [
    "Voters can tell the difference between a slogan and a plan.",
    "He could argue that the law was never meant for such cases.",
])
def test_a_verb_of_saying_with_can_or_could_reports_nothing(text):
    """What someone can or could say is not what they said (PolNeAR train: 21 such reports, none
    annotated)."""
    assert attributions(text) == []


def test_claiming_lives_is_no_claim():
    """"claimed 65 lives" counts the dead; "claimed victory" would still be a claim."""
    assert attributions("The earthquake near Christchurch claimed at least 65 lives.") == []


def test_i_think_inside_the_speaker_s_own_quotation_is_no_report():
    """PolNeAR annotates the quotation, not the speaker's "I think" inside it (PolNeAR train, the
    first 150 articles: 137 fewer reports, one matched one lost)."""
    a = only("“I think the economy is strong and getting stronger,” Smith said on Monday.")
    assert (a.source.text, a.cue.text) == ("Smith", "said")


def test_a_headline_name_and_colon_attribute_the_line():
    """"Lynch: No outside influence …": headlines attribute with a colon (PolNeAR train, the first
    150 articles: 20 more reports matched, 1 more false)."""
    readout = analyze_text("Lynch: No outside influence on FBI probe into Clinton emails\n\n"
                           "The attorney general spoke on Tuesday.", "en")
    (a,) = readout.attributions
    assert (a.source.text, a.content.text) == ("Lynch", "No outside influence on FBI probe into Clinton emails")


def test_a_headline_name_the_recogniser_took_for_a_place_attributes_the_line_when_it_speaks_below():
    """"Graham: …" over "Graham said, …": the surname tagged a place is no dateline (PolNeAR train, 150
    articles: 1 more report matched)."""
    readout = analyze_text("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win "
                           "Presidency.\n\nGraham said, “How many of you believe we lose elections?”", "en")
    headline = next(a for a in readout.attributions if a.cue is None)
    assert (headline.source.text, headline.content.text[:15]) == ("Graham", "Trump’s ‘Incred")


def test_a_place_before_a_headline_colon_is_a_dateline():
    readout = analyze_text("Berlin: Die Polizei hat am Montag drei Männer festgenommen.\n\n"
                           "Der Innensenator sagte, die Lage sei ruhig.", "de")
    assert [a.source.text for a in readout.attributions] == ["Der Innensenator"]


def test_a_quotation_right_after_another_goes_on_with_its_speaker_not_a_subject_inside_it():
    """The third quotation had taken "They" of the quotation before as its speaker (PolNeAR train: source
    accuracy on matches +1 in articles 0-150, +2 in 150-300)."""
    readout = analyze_text("“CNN has done an awful job this election,” Barkley said. “They have followed ratings "
                           "this entire cycle. They’ve become like Fox News.”\n\n“And it’s become sad that our "
                           "company has sold its soul for ratings.”", "en")
    assert [a.source.text for a in readout.attributions] == ["Barkley", "Barkley", "Barkley"]


def test_a_verb_of_saying_with_an_object_after_it_does_not_report_the_clause_before_it():
    """With the sentence before, the parser made the opening participle clause the complement of "said"
    (PolNeAR train: 4 more reports matched in articles 0-150, 3 in 150-300)."""
    readout = analyze_text("On Thursday, the CNN president also addressed the network’s rivalry with Fox News, which "
                           "consistently beats rival cable news networks in total television viewers. Downplaying the "
                           "importance of television ratings in an era where more and more consumers get their news "
                           "online, Zucker said CNN’s business “is so much broader” than television ratings.",
                           "en")
    said = next(a for a in readout.attributions if a.cue is not None and a.cue.text == "said")
    assert said.content.text == "CNN’s business “is so much broader” than television ratings"


def test_a_clause_before_a_verb_whose_object_is_the_listener_is_its_message():
    a = only("The economy is strong, she told reporters on Monday.")
    assert (a.content.text, a.addressee.text) == ("The economy is strong", "reporters")


def test_a_gerund_of_saying_the_parser_made_the_complement_reports_on_its_own():
    """"adding that jobs are | up" had been read as "add up", no cue, and its clause as the message of "said"."""
    found = attributions("The economy is strong, she said, adding that jobs are up.")
    assert [(a.cue.text, a.content.text) for a in found] == [("said", "The economy is strong"),
                                                             ("adding", "that jobs are up")]


def test_words_that_qualify_a_report_preposition_s_source_to_the_sentence_end_are_not_the_message():
    """"… conducted for the Associated Press by Edison Research" had made the message the whole sentence;
    the participle's phrase is the source's (as PolNeAR marks it)."""
    a = only("Turnout was high in the suburbs, according to early results of exit polls conducted for the "
             "Associated Press by Edison Research.")
    assert (a.source.text, a.content.text) == (
        "early results of exit polls conducted for the Associated Press by Edison Research",
        "Turnout was high in the suburbs")


def test_a_line_opened_by_a_name_and_a_colon_is_the_named_one_s_also_with_their_own_report_inside():
    """"FALLIN: Well, I think …" had only "I think" (PolNeAR train: matched +2 in articles 0-150)."""
    readout = analyze_text("TAPPER: Specifically I’ve heard from a number of Latino-Americans, all expressing "
                           "concern.\n\nFALLIN: Well, I think the whole nation needs to work together, and we "
                           "all need to work towards unity as a nation.", "en")
    assert [a.source.text for a in readout.attributions if a.cue is None] == ["TAPPER", "FALLIN"]


def test_a_message_in_an_opening_adverbial_clause_ends_at_the_main_clause_the_parser_made_its_complement():
    """The parser made "claimed" the root and "affirm" its complement; the claim ends at the comma."""
    found = attributions("While Clinton wrongly claimed that the videos exist, foreign policy experts affirm that "
                         "it is highly likely that Trump will be used as a recruiting tool.")
    claimed = next(a for a in found if a.cue.text == "claimed")
    assert claimed.content.text == "that the videos exist"


def test_a_verb_the_tagger_read_as_a_noun_root_with_subject_and_clause_is_a_cue():
    """"Six in 10 | say | he's …": "say" tagged a noun (PolNeAR train, 150 articles: 6 more reports, 5 matched)."""
    a = only("Six in 10 say he's at least somewhat decisive.")
    assert (a.source.text, a.cue.text, a.content.text) == ("Six in 10", "say", "he's at least somewhat decisive")


def test_thinking_about_something_reports_nothing():
    found = attributions("Obama said “it gets me mad” every time he thinks about the 20 first-graders.")
    assert [a.cue.text for a in found] == ["said"]


def test_an_opening_participle_the_parser_made_the_root_speaks_through_the_main_clause_subject():
    """"Having announced that …, | Judge Berman proceeded …": the main clause was parsed as the
    participle's complement; its subject speaks and the message ends at the comma."""
    found = attributions("Having announced that he would not send me to prison, Judge Berman proceeded to hand "
                         "down his sentence.")
    a = next(a for a in found if a.cue.text == "announced")
    assert (a.source.text, a.content.text) == ("Judge Berman", "that he would not send me to prison")


def test_the_object_of_the_cue_s_preposition_opens_a_message_its_infinitive_continues():
    a = only("She also called for more “flexibility” for U.S. military advisers in Iraq to assist local forces.")
    assert a.content.text == "more “flexibility” for U.S. military advisers in Iraq to assist local forces"


def test_a_thing_a_name_owns_that_is_described_is_no_listener():
    """"described Britain’s vote … as “fantastic”": a name that owns the thing labelled is no one labelled."""
    found = attributions("He described Britain’s vote to leave the European Union as “fantastic,” and praised "
                         "the result.")
    assert found[0].cue.text == "described" and found[0].addressee is None


def test_asking_someone_a_question_gives_no_words():
    found = attributions("Trump smiled when Boyle asked him a question about the feud.")
    assert found == []


def test_pledged_delegates_and_finding_oneself_somewhere_give_no_words():
    assert attributions("Clinton now has 1,769 pledged delegates, helping solidify her status as the nominee.") == []
    assert attributions("Both powers find themselves isolated on the global stage more frequently.") == []
    found = only("The study found that voters prefer lower taxes.")
    assert found.content.text == "that voters prefer lower taxes"


@pytest.mark.parametrize("line, source", [
    ("Issa: Hillary Clinton’s ‘Honesty Is In Question.’", "Issa"),
    ("Newspaper: Defense secretary used personal email at Pentagon", "Newspaper"),
])
def test_a_capitalised_noun_and_colon_heading_a_line_attribute_it(line, source):
    """Headlines name a source with a noun too ("Report: …"), and the tagger takes some names for
    nouns (PolNeAR train, the first 150 articles: 12 more reports, 9 of them matched)."""
    readout = analyze_text(line + "\n\nThe report came out on Tuesday.", "en")
    (a,) = readout.attributions
    assert a.source.text == source


def test_a_listener_in_a_headline_heading_is_parted_from_the_speaker():
    readout = analyze_text("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\n\nShe spoke on Friday.",
                           "en")
    (a,) = readout.attributions
    assert (a.source.text, a.addressee.text) == ("Clinton", "Planned Parenthood")


def test_a_quotation_in_a_headline_line_is_the_headed_names():
    quotation = "‘Not Fit To Serve As President Of The United States.’"
    readout = analyze_text(f"Dr. Ben Carson: Hillary Clinton {quotation}\n\nHe spoke on Sunday.", "en")
    (a,) = readout.attributions
    assert (a.source.text, a.content.text) == ("Dr. Ben Carson", quotation)


def test_a_plural_noun_after_a_preposition_that_the_tagger_took_for_a_verb_is_no_cue():
    assert attributions("But the senator lost ground among parts of Clinton’s coalition in earlier states.") == []


def test_a_verb_after_a_numeral_of_a_poll_still_reports():
    a = only("Six in 10 say he is at least somewhat decisive.")
    assert (a.source.text, a.content.text) == ("Six in 10", "he is at least somewhat decisive")


def test_a_noun_phrase_between_a_comma_and_the_verb_that_ends_the_sentence_speaks():
    """The parser hung "analysts" on the verb before the comma, as its conjunct or head."""
    a = only("In fact, neither Trump nor Clinton’s tax plans would have any major impact on how much the middle "
             "class pays, analysts say.")
    assert (a.source.text, a.content.text) == (
        "analysts", "In fact, neither Trump nor Clinton’s tax plans would have any major impact on how much the "
                    "middle class pays")


def test_words_before_a_sentence_final_cue_are_no_message_of_a_prepositional_phrase():
    """Only a verb-final language puts the message before the verb as a prepositional phrase ("hat vor
    einem Einmarsch gewarnt"); in English those words are the subject's and the clause's."""
    readout = analyze_text("The number of applications rose by ten percent, the Federal Office for Migration said.",
                           "en")
    assert not any("Federal Office" in a.content.text for a in readout.attributions)


def test_a_clause_the_parser_made_a_conjunct_of_the_cue_without_a_conjunction_goes_on_with_the_message():
    a = only("Ms. Acosta said the enormous financial quagmire facing the bank was inextricably tied to its history.")
    assert a.content.text == "the enormous financial quagmire facing the bank was inextricably tied to its history"


@pytest.mark.parametrize("text, message", [
    ("Sanders accused him of preventing Americans from standing together.",
     "him of preventing Americans from standing together"),
    ("Clinton criticized Rubio for opposing legal abortion.", "Rubio for opposing legal abortion"),
])
def test_a_gerund_clause_the_parser_marked_with_a_frame_preposition_is_the_message(text, message):
    """The parser made "of" and "for" the markers of a clause the cue governs, not prepositions; the one
    accused or criticised is told with it, as PolNeAR marks it ("him of preventing Americans …", "Marco Rubio
    for opposing legal abortion …" in its train articles; since the twenty-ninth stop)."""
    a = next(a for a in attributions(text) if a.cue.text in {"accused", "criticized"})
    assert a.content.text == message


def test_a_report_between_commas_after_a_fronted_phrase_tells_the_clause_after_it():
    a = only("In the three years since the Sandy Hook shootings, Barden says, far too many lives have been lost to "
             "gun tragedies.")
    assert (a.source.text, a.content.text) == ("Barden", "far too many lives have been lost to gun tragedies")


def test_a_fronted_participle_clause_is_no_message_of_the_report_after_it():
    readout = analyze_text("Asked if Sanders is realistic, 72 percent of Democrats said yes.", "en")
    assert not any(a.content.text.startswith("Asked") for a in readout.attributions)


def test_a_that_clause_of_a_gerund_cue_ends_before_a_second_gerund_cue_joined_by_and():
    found = attributions("She escalated her criticism, telling CNN that Trump is a “faker” and questioning how he "
                         "has gotten away with it.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("telling", "that Trump is a “faker”"), ("questioning", "how he has gotten away with it")]


def test_a_name_after_a_fronted_phrase_and_before_a_party_tag_speaks():
    """The parser made "Bernie" an apposition of "businessman"; the verb had no subject."""
    a = only("In a fiery takedown of the businessman, Sen. Bernie Sanders (I-Vt.) called him divisive.")
    assert a.source.text == "Sen. Bernie Sanders"


def test_an_adjective_opens_the_speaker_after_a_quotation_and_its_cue():
    a = next(a for a in attributions("“The distraction gets you off message a little,” said Republican party boss "
                                     "Reince Priebus, though he added that it would fade.") if a.cue.text == "said")
    assert a.source.text == "Republican party boss Reince Priebus"


def test_the_subject_before_an_adverb_set_off_by_commas_speaks_for_the_verb_after_it():
    a = only("A YouGov poll of American voters has, however, revealed that the President does not speak for the "
             "majority of his citizens on the matter.")
    assert a.source.text == "A YouGov poll of American voters"


@pytest.mark.parametrize("text", [
    "According to a newly released poll from Florida Atlantic University, Donald Trump leads the field.",
    "According to a just-released poll from Florida Atlantic University, Donald Trump leads the field.",
])
def test_an_adverb_or_hyphen_inside_an_attribute_stays_in_the_source_after_a_report_preposition(text):
    a = only(text)
    assert (a.source.text.split()[-1], a.content.text) == ("University", "Donald Trump leads the field")


def test_a_conditional_opened_by_its_auxiliary_is_part_of_the_message_before_the_report():
    a = only("Had their arguments for more stimulus prevailed sooner, the recovery might have been far less "
             "sluggish, they argue.")
    assert a.content.text.startswith("Had their arguments")


def test_a_share_of_a_poll_the_parser_hung_on_a_verb_read_as_a_noun_speaks():
    a = only("About 4 in 10 say they want the next president to have more liberal policies.")
    assert (a.source.text, a.content.text) == ("About 4 in 10", "they want the next president to have more "
                                                                "liberal policies")


def test_a_conjunct_the_tagger_read_as_a_noun_with_subject_and_clause_is_a_cue():
    a = only("About two-thirds of voters support banning Muslims, but majorities in all five say they want "
             "immigrants to be allowed a chance to stay.")
    assert (a.cue.text, a.source.text) == ("say", "majorities in all five")


def test_a_cue_opened_by_as_that_says_its_own_clause_is_no_report_of_the_words_before():
    a = only("Clinton beamed as she noted how happy she was to be in New York.")
    assert (a.source.text, a.content.text) == ("she", "how happy she was to be in New York")


def test_a_clause_a_conjunction_joins_after_a_report_preposition_is_not_its_message():
    a = next(a for a in attributions("Clinton leads Sanders by 271 pledged delegates according to a count by The "
                                     "Associated Press, but the socialist has vowed to fight on.")
             if a.cue.text == "according to")
    assert a.content.text == "Clinton leads Sanders by 271 pledged delegates"


def test_a_reported_clause_goes_on_through_a_phrase_the_parser_hung_across_it():
    """"for a Republican to win …" finishes what Graham believes; the parser hung it on the main
    verb before the relative clause (or on "believes" with no name for the link)."""
    text = ("Thursday at the Republican Jewish Coalition conference in Washington, D.C., presidential candidate "
            "Sen. Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics, which he "
            "believes will make it impossible for a Republican to win the presidency in 2016.")
    belief = next(a for a in attributions(text) if a.cue.text == "believes")
    assert belief.content.text.endswith("for a Republican to win the presidency in 2016")


def test_a_past_form_read_as_a_participle_keeps_the_name_before_its_party_tag():
    """"called" tagged a passive participle with no auxiliary: it is the past of the sentence's
    verb, and the senator before "(I-Vt.)" speaks."""
    found = attributions("On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign "
                         "over the lead poisoning crisis in Flint.")
    assert [a.source.text for a in found] == ["Sen. Bernie Sanders"]


@pytest.mark.parametrize("text, speaker", [
    ("While police did not give details, John Smith, 45, said the fire started at night.", "John Smith, 45"),
    ("While Brookover did not spell out Trump’s path to the nomination in detail, Rep. Chris Collins, R-NY, says "
     "meeting participants outlined a scenario in which Trump receives 1,265 delegates.", "Rep. Chris Collins, R-NY"),
])
def test_a_name_before_a_short_tag_set_off_by_commas_speaks_where_the_parser_hung_it_on_the_clause_before(
        text, speaker):
    said = next(a for a in attributions(text) if a.cue.text in {"said", "says"})
    assert said.source is not None and said.source.text == speaker


def test_a_name_between_told_and_that_is_the_listener_wherever_the_parser_hung_it():
    """"AFP" was made the passive subject of "blocked" and "that" a determiner: no listener."""
    told = only("A UN spokesman told AFP that aid convoys had been blocked for a third day.")
    assert (told.source.text, told.addressee.text) == ("A UN spokesman", "AFP")


def test_reports_someone_denies_have_no_source_in_their_own_clause_nor_the_one_who_denies():
    found = attributions("The White House has denied reports that the president plans to fire the FBI director.")
    reports = next(a for a in found if a.cue.text == "reports")
    assert reports.source is None
    assert next(a for a in found if a.cue.text == "denied").source.text == "The White House"


def test_the_clause_after_the_cue_is_its_message_before_an_apposition_the_parser_made_a_clause():
    text = ("Paul Huntley, a Sanders delegate from California, said he wanted “common-sense solutions to the "
            "problem that include gun-safety legislation.”")
    said = next(a for a in attributions(text) if a.cue is not None)
    assert said.content.text.startswith("he wanted")
    assert said.source.text == "Paul Huntley, a Sanders delegate from California"


def test_a_quoted_phrase_with_an_utterance_noun_is_no_note_on_the_words():
    said = only("A machinists spokesman said that, ''At this point, any estimates of support for a candidate are "
                "more a passing snapshot of popularity.''")
    assert said.content.text.endswith("snapshot of popularity.''")


def test_a_hyphenated_title_between_the_quotation_and_the_cue_is_part_of_the_speaker():
    """"Secretary-General" is three tokens: the name had been cut at the hyphen, the listener made the message."""
    told = only('"There is no military solution," UN Secretary-General António Guterres told the Security Council.')
    assert (told.source.text, told.addressee.text, told.type) == (
        "UN Secretary-General António Guterres", "the Security Council", "direct")


def test_an_as_phrase_of_another_verb_is_not_what_the_cue_calls_it():
    """"as human shields" is how Hamas is said to use civilians, not what Israel called anything."""
    accused = only("Israel has accused Hamas of using civilians as human shields.")
    assert accused.content.text.endswith("of using civilians as human shields")


def test_a_relative_clause_on_the_speaker_after_the_cue_is_not_the_message():
    """The parser made "who has lived …" the complement of "said": the quotation had lost its cue."""
    said = only('"We\'re not going anywhere," said Sarah Jones, 52, who has lived in the neighborhood for decades.')
    assert (said.source.text, said.content.text) == ("Sarah Jones, 52", '"We\'re not going anywhere,"')


def test_a_relative_clause_on_a_speaker_the_parser_made_a_clause_is_not_the_message():
    """PolNeAR train: "Autor" was parsed a clause of "said", and "who is one of …" had been the message."""
    said = only("Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics "
                "at M.I.T., who is one of the country's foremost specialists on the pluses and minuses of free trade.")
    assert said.content.text == "Nor are tariffs likely to bring many of these jobs back"
    assert said.source.text.startswith("David Autor")
    poll = attributions("A Fox News poll, conducted jointly with Anderson Robbins Research (D) and Shaw & Company "
                        "Research (R), shows Sanders with 47 percent versus Clinton, who has 44 percent.")
    assert [a.source.text for a in poll] == ["A Fox News poll"]


def test_an_interposed_report_whose_speaker_has_an_apposition_reports_the_clause_around_it():
    """PolNeAR train: the second comma had been taken for the report's end, and "Part of the problem" for the
    speaker."""
    say = only("Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, "
               "is the ground itself.")
    assert say.source.text.startswith("experts like Paul Bauman")
    assert say.content.text == "Part of the problem in detecting tunnels"
    said = attributions("Speaking on radio last week, Kiedis said his band and collaborator Brian Burton, AKA "
                        "Danger Mouse, wrote a host of new songs for the upcoming album.")
    assert ("Kiedis", "his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the "
            "upcoming album") in [(a.source.text, a.content.text) for a in said]


def test_a_percent_sign_ends_the_message():
    found = attributions("The company said in a filing on Tuesday that it expects revenue to fall by 10%.")
    assert [a.content.text for a in found if a.cue.text == "said"] == ["that it expects revenue to fall by 10%"]


def test_a_passive_participle_on_a_noun_reports_nothing_of_its_own():
    """"in a statement | posted | on Telegram": the statement is what was posted; "on Telegram" had
    been a message of its own."""
    found = attributions("The group claimed responsibility for the attack in a statement posted on Telegram.")
    assert [a.cue.text for a in found] == ["claimed"]


def test_the_listener_of_an_urge_before_its_infinitive_is_no_part_of_the_message():
    (a,) = attributions("Health officials are urging residents to stay indoors.")
    assert (a.addressee.text, a.content.text) == ("residents", "to stay indoors")


def test_a_bare_object_message_ends_before_a_participle_cue():
    """"clarified her remarks, | saying she had been misquoted": the gerund reports on its own."""
    found = attributions("The senator later clarified her remarks, saying she had been misquoted.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("clarified", "her remarks"), ("saying", "she had been misquoted")]


def test_a_gerund_set_off_after_an_object_speaks_with_the_clause_not_the_object():
    """The parser hung "calling" on "charge"; a gerund after a comma is the clause's ("a petition
    calling on …", without a comma, is the noun's)."""
    found = attributions("Clinton spokesman Brian Fallon responded to the charge on Twitter, calling it “pathetic.”")
    assert [a.source.text for a in found if a.cue.text == "calling"] == ["Clinton spokesman Brian Fallon"]


def test_a_condition_opened_by_should_is_no_message():
    (a,) = attributions("Putin warned of “serious consequences” should NATO expand further east.")
    assert a.content.text == "of “serious consequences”"


def test_a_conjunction_hung_on_the_subject_is_no_part_of_the_speaker():
    """"Shares fell 3% | after | the company warned": the source had been "3% after the company"."""
    (a,) = attributions("Shares fell 3% after the company warned that profits would be lower than expected.")
    assert a.source.text == "the company"


def test_a_clause_opened_by_as_is_not_what_a_thing_was_called():
    """"described scenes of chaos | as people fled the building" had the message "people fled the building"."""
    (a,) = attributions("Witnesses described scenes of chaos as people fled the building.")
    assert a.content.text.startswith("scenes of chaos")


def test_a_description_after_the_name_keeps_an_acronym_the_tagger_took_for_a_verb():
    (a,) = attributions("\"The market is clearly nervous,\" said John Smith, chief economist at ING in London.")
    assert a.source.text.startswith("John Smith, chief economist at ING")


def test_the_nearest_complement_after_the_cue_is_its_message():
    """"urged Congress | to approve additional aid …, warning that …": the parser made "warning" (tagged a
    noun) a clause of "urged", which had been taken over the infinitive right after the listener."""
    found = attributions("President Joe Biden on Tuesday urged Congress to approve additional aid for Ukraine, "
                         "warning that Russia would be emboldened if the United States walked away.")
    assert [a.content.text for a in found if a.cue.text == "urged"] == ["to approve additional aid for Ukraine"]


def test_a_setting_phrase_between_cue_and_clause_is_no_part_of_the_message():
    (a,) = attributions("The union said in a statement it would strike if talks failed.")
    assert a.content.text == "it would strike if talks failed"


def test_a_participle_clause_the_parser_made_the_subject_does_not_speak():
    """"Speaking on CNN's …" had been the source (a clausal subject); the name before the verb speaks."""
    (a,) = attributions("Speaking on CNN's \"State of the Union,\" Sen. Lindsey Graham said the administration "
                        "had \"no plan.\"")
    assert a.source.text == "Sen. Lindsey Graham"


@pytest.mark.parametrize("text, source", [
    ("Gross domestic product fell by 0.1%, the Office for National Statistics said.",
     "the Office for National Statistics"),
    ("Economists polled by Reuters had forecast growth of 0.1%.", "Economists polled by Reuters"),
])
def test_a_name_joined_by_of_or_for_and_the_polled_not_the_pollster_speak(text, source):
    """"the Office | for National Statistics" had been cut at "for" ("name_prepositions"); the parser
    had made "Reuters", the agent of "polled", the subject of "forecast"."""
    (a,) = attributions(text)
    assert a.source.text == source


def test_a_clause_before_an_inverted_cue_whose_verb_the_tagger_missed_is_its_message():
    """"Britain's economy | shrank | in October, data showed" ("shrank" tagged an adjective): no report
    had been found."""
    (a,) = attributions("Britain's economy shrank in October, data showed.")
    assert (a.source.text, a.content.text) == ("data", "Britain's economy shrank in October")


def test_a_conjunct_cue_takes_no_quotation_before_the_first_verbs_subject():
    """"“This Week,” | Carson admitted …, but | said …": the title had been the message of "said"."""
    found = attributions("Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was "
                         "inaccurate, but said his campaign had found the student newspaper article.")
    assert [a.content.text for a in found if a.cue.text == "said"] == [
        "his campaign had found the student newspaper article"]


def test_a_message_ends_before_a_verb_of_saying_the_tagger_read_as_a_noun():
    found = attributions("Clinton says she respects Sanders’ “passion and commitment” but argues that he can’t "
                         "deliver on his promises.")
    assert [a.content.text for a in found if a.cue.text == "says"] == [
        "she respects Sanders’ “passion and commitment”"]


def test_a_gloss_after_a_dash_is_the_outlets_not_the_message():
    (a,) = attributions("Trump said earlier this year that he was willing to accept an interview with the “anchor "
                        "(not) baby” — a play on words with the phrase “anchor baby,” which backers of tougher "
                        "immigration laws use.")
    assert a.content.text == "that he was willing to accept an interview with the “anchor (not) baby”"


def test_an_object_phrase_cut_to_nothing_at_the_documents_end_is_no_index_error():
    """Found by ``benchmarks/robustness.py``: German words read as English, a cue last and a vertical tab
    after it; the comparison rule of this stop read the token past the document."""
    assert span_problems(analyze_text("Das Weiße Haus veröffentlichte mittlerweile seine Zusammenfassung des "
                                      "told\x0b", lang="en")) == []


def test_a_gerund_after_a_root_the_tagger_took_for_a_noun_speaks_with_its_subject():
    found = attributions("He echoed that promise on Monday, saying he would direct immigration officers to stop "
                         "deportations.")
    assert ("saying", "He") in [(a.cue.text, a.source.text) for a in found]


def test_a_verb_after_a_main_clause_the_parser_made_its_complement_shares_its_subject():
    a = only("Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice for "
             "anyone.")
    assert (a.cue.text, a.source.text) == ("says", "Kasich")



def test_prove_with_a_predicate_reports_nothing():
    found = attributions("\"The economy has proved more resilient than many expected,\" Reeves said.")
    assert [a.cue.text for a in found] == ["said"]


def test_a_gerund_on_a_verb_of_saying_with_its_own_subject_speaks_with_that_subject():
    """"told" is a clause of "believe", and the gerund had gone up to the police."""
    found = attributions("Police believe the suspect acted alone, Chief Maria Santos told a news conference, adding "
                         "that investigators were still searching for a motive.")
    assert ("adding", "Chief Maria Santos") in [(a.cue.text, a.source.text) for a in found]


def test_a_description_with_a_participle_before_its_noun_stays_with_the_name():
    a = only("\"We can't afford to live here anymore,\" said Tom Becker, a retired teacher.")
    assert a.source.text == "Tom Becker, a retired teacher"


def test_a_listener_inside_a_clause_on_the_verb_s_object_is_not_the_verb_s():
    found = attributions("President Joe Biden on Thursday defended his decision to withdraw troops from Afghanistan, "
                         "telling the nation that he would not pass the war on to a fifth president.")
    assert [(a.cue.text, a.addressee.text if a.addressee else None) for a in found] == [
        ("defended", None), ("telling", "the nation")]


def test_an_opening_asked_names_no_speaker():
    """The subject after "Asked …," was asked; it did not ask."""
    found = attributions("Republicans were quick to pounce. House Minority Leader Kevin McCarthy said in a tweet that "
                         "the withdrawal was \"a disaster of epic proportions.\"\nAsked about the criticism, White House "
                         "press secretary Jen Psaki told reporters: \"The president stands by his decision.\"")
    assert [(a.cue.text, a.source.text if a.source else None) for a in found][1:] == [
        ("Asked", None), ("told", "White House press secretary Jen Psaki")]


def test_a_name_set_off_after_a_description_at_the_sentence_end_belongs_to_the_source():
    assert only("“We will not back down,” said the head of the union, John Smith.").source.text == \
        "the head of the union, John Smith"


@pytest.mark.parametrize("text, source", [
    ("A spokeswoman for the Cologne prosecutor's office confirmed that two employees were under investigation.",
     "A spokeswoman for the Cologne prosecutor's office"),
    ("Officials at the health department said the plan was dead.", "Officials at the health department"),
])
def test_a_source_keeps_a_possessive_and_the_phrase_on_a_capitalised_first_word(text, source):
    assert only(text).source.text == source


def test_a_preposition_inside_an_institutions_name_does_not_end_the_source():
    assert only("The head of the Institute for Fiscal Studies, Paul Johnson, warned of a recession.").source.text \
        == "The head of the Institute for Fiscal Studies, Paul Johnson"


def test_a_noun_with_an_adjective_the_parser_made_a_clause_of_its_own_speaks():
    a = only("Officials familiar with the discussions, who spoke on condition of anonymity, said the president had "
             "expressed frustration.")
    assert a.source.text == "Officials familiar with the discussions"


@pytest.mark.parametrize("text", [
    "The White House pushed back against reports that the president was considering firing his chief of staff.",
    "There were reports that the president was considering firing his chief of staff.",
])
def test_a_report_nouns_clause_the_parser_hung_on_its_verb_is_its_message_and_the_noun_is_not_its_own_source(text):
    a = next(a for a in attributions(text) if a.cue.text.endswith("reports"))
    assert (a.cue.text, a.source, a.content.text) == (
        "reports", None, "that the president was considering firing his chief of staff")


def test_pushing_back_against_a_claim_denies_it():
    a = only("Clinton pushed back on those claims.")
    assert (a.cue.text, a.source.text, a.content.text) == ("pushed back", "Clinton", "on those claims")


def test_a_verb_after_but_speaks_with_the_subject_of_the_verb_before_it_where_the_parser_did_not_join_them():
    a = only("The Federal Reserve held interest rates steady on Wednesday but signaled it could cut borrowing costs "
             "later this year.")
    assert (a.cue.text, a.source.text) == ("signaled", "The Federal Reserve")


def test_a_message_ends_before_a_verb_joined_to_the_cue():
    a = only('NATO Secretary General Mark Rutte told reporters in Brussels that the alliance would "do more," but '
             "gave no details.")
    assert a.content.text == 'that the alliance would "do more,"'


def test_a_bare_clause_after_a_cue_in_a_relative_clause_ends_where_the_main_clause_goes_on():
    assert attributions("The company, which reports results next month, did not give a new forecast.") == []


def test_a_speakers_phrase_ends_before_a_participle_clause_set_off_by_commas():
    assert only("Local media, citing police sources, reported that a suspect had been arrested.").source.text == \
        "Local media"


def test_a_number_abbreviation_ends_neither_the_sentence_nor_the_speakers_description():
    assert only('"This bill is dead on arrival," said Sen. John Thune, the No. 2 Republican.').source.text == \
        "Sen. John Thune, the No. 2 Republican"


def test_a_time_phrase_after_a_rejected_object_is_no_part_of_the_message():
    assert only("The ministry rejected the claims on Monday.").content.text == "the claims"


def test_a_quotation_that_tells_what_another_said_goes_on_the_speaker_before():
    """The landlord's report inside the quotation had claimed it, and the quotation went unattributed."""
    found = attributions("“Prices keep rising,” Martinez said after the meeting.\n\n“Last week the landlord said "
                         "the rent would go up again in March. We cannot pay that.”")
    quotation = next(a for a in found if a.content.text.startswith("“Last week"))
    inner = next(a for a in found if a.source.text == "the landlord")
    assert (quotation.source.text, inner.nested_in) == ("Martinez", quotation.id)


def test_a_title_opened_by_a_capitalised_article_belongs_to_its_noun():
    a = only("The British newspaper The Guardian reported that the minister would resign.")
    assert a.source.text == "The British newspaper The Guardian"


def test_a_message_that_opens_a_quotation_runs_past_the_full_stop_to_its_closing_mark():
    """The message had ended inside the quotation, before the relative clause, and the quotation's
    rest had been a report of its own."""
    a = only('Scott said in a statement that families were "still waiting for help that was promised weeks ago."')
    assert a.content.text.endswith('promised weeks ago."') and a.type == "mixed"


def test_a_figure_the_parser_hung_on_the_cue_stays_in_the_reported_clause():
    """"%" was made an adverbial clause of "said", and the message ended at "rose"."""
    a = only("The Office for National Statistics said gross domestic product rose 0.4% from the previous quarter.")
    assert a.content.text == "gross domestic product rose 0.4% from the previous quarter"


def test_a_report_preposition_after_a_quotation_closed_with_its_comma_is_no_part_of_the_message():
    found = attributions('Bailey told lawmakers that inflation remained "too high for comfort," according to a '
                         'transcript of the hearing.')
    told = next(a for a in found if a.cue.text == "told")
    assert told.content.text == 'that inflation remained "too high for comfort,"'


@pytest.mark.parametrize("text, message", [
    ("The commissioner said the bloc was watching developments closely but declined to comment further.",
     "the bloc was watching developments closely"),
    ("Police said the man was arrested and charged with murder.", "the man was arrested and charged with murder"),
])
def test_a_past_read_as_a_participle_after_but_goes_on_with_the_speaker(text, message):
    """"declined" was tagged a participle sharing "was", and the message ran on into the speaker's act."""
    a = next(a for a in attributions(text) if a.cue.text == "said")
    assert a.content.text == message


@pytest.mark.parametrize("text, source", [
    ("According to a person familiar with the matter, the deal could be announced next week.",
     "a person familiar with the matter"),
    ("Violent crime fell by 3 percent last year, according to the most recent data available from the FBI.",
     "the most recent data available from the FBI"),
    ("People briefed on the situation said the company would cut 500 jobs.", "People briefed on the situation"),
    ("The company would cut 500 jobs, said a person briefed on the plans.", "a person briefed on the plans"),
    ("The talks had collapsed, according to people briefed on the situation.", "people briefed on the situation"),
])
def test_an_adjective_or_participle_with_its_phrase_after_the_noun_belongs_to_the_source(text, source):
    """The formula of unnamed sources: "a person familiar | with the matter" had been cut after "person"
    (an adjective ending the phrase), "people | briefed on the situation" before the participle (a
    reduced relative clause)."""
    (a,) = attributions(text)
    assert a.source.text == source


def test_a_past_misread_as_a_participle_does_not_run_the_source_on():
    """"a woman asked for a photo and Clinton said": "asked" parsed as a participle of "woman"."""
    found = attributions("At one point, a woman asked for a photo and Clinton said, “as long as we’re not "
                         "violating any election laws.”")
    assert all("photo" not in a.source.text for a in found if a.source is not None)


def test_a_fronted_adverbial_clause_opens_the_message_before_the_speaker_where_a_main_clause_follows_it():
    """"With that issue unresolved, the agency has not …, federal officials said": the clause opened by "With"
    had made all of the words a fronted adverbial, and nothing was reported."""
    a = only("With the talks stalled, the union has not returned to work, two officials said.")
    assert a.source.text == "two officials"
    assert a.content.text == "With the talks stalled, the union has not returned to work"


def test_a_time_the_parser_made_the_cue_s_clause_is_when_it_was_said_not_what():
    """"…, Hollande said | Tuesday in Paris, | noting …": the weekday made the complement of "said" had
    become the message, the clause before it nothing, and "noting" had no speaker (it hung on the time)."""
    found = attributions("The new parking rules are a mistake, Walsh said Friday in Boston, noting that businesses "
                         "had not been asked.")
    said = next(a for a in found if a.cue.text == "said")
    assert said.content.text == "The new parking rules are a mistake"
    noting = next(a for a in found if a.cue.text == "noting")
    assert noting.source.text == "Walsh"


@pytest.mark.parametrize("text, cue, content", [
    ("Still, the minister said, officials have to decide who gets extra support.", "said",
     "officials have to decide who gets extra support"),
    ("Instead, he is emphasizing his strong finish in Iowa, asserting that he can win.", "emphasizing",
     "his strong finish in Iowa"),
])
def test_a_report_between_commas_after_a_fronted_adverb_tells_the_clause_after_it(text, cue, content):
    """"Still, he said, | officials have to decide …" had reported nothing (the parser made "said" an adverbial
    clause of "have"); a cue with an object after the
    adverb ("Instead, he is emphasizing …, asserting …") is set between no commas."""
    a = next(a for a in attributions(text) if a.cue.text == cue)
    assert a.content.text == content


def test_an_adverbial_clause_after_the_cue_is_no_message_that_takes_the_place_of_the_clause_before_it():
    """"…, he said, | because Russians are now living longer": the parser made the "because" clause the
    complement of "said", and the clause before the cue was no one's words."""
    a = only("Inflation will fall next year, the governor said, because energy prices are coming down.")
    assert (a.source.text, a.content.text) == ("the governor", "Inflation will fall next year")


@pytest.mark.parametrize("text, source", [
    ("Most said that their own finances have improved since he was elected.", "Most"),
    ("Nearly half said they prefer a candidate with experience in government.", "Nearly half"),
    ("Less than a third said that the country should leave the union.", "Less than a third"),
])
def test_a_share_of_those_polled_opening_the_sentence_is_the_speaker(text, source):
    """The parser made the words of quantity modifiers of the verb, and the report had no speaker."""
    assert only(text).source.text == source


def test_a_description_after_a_quotation_is_its_speaker_where_the_parser_hung_the_cue_on_it():
    """"“They stole the country,” the man | shouted, …": the parser made "shouted" a participle of "man", and the
    quotation had no speaker while a purpose clause after the cue became the message."""
    found = attributions("“They are ruining the town,” the woman shouted, waving a sign to get attention.")
    shouted = next(a for a in found if a.cue.text == "shouted")
    assert (shouted.source.text, shouted.content.text) == ("the woman", "“They are ruining the town,”")


def test_a_verb_form_in_ied_the_lemmatizer_missed_is_a_cue():
    """"replied" was lemmatised as "replied", which no lexicon lists: the quotation had no cue or speaker."""
    a = only("“I would not put it that way, but it is close,” replied Sanders.")
    assert (a.cue.lemma, a.source.text) == ("reply", "Sanders")


def test_the_infinitive_right_after_the_listener_is_what_was_asked_wherever_the_parser_hung_it():
    """"sent a letter urging | lawmakers | to pass the bill": "to pass" hung on "sent", and "urging" had only its
    listener for a message."""
    a = next(a for a in attributions("The governor sent a letter urging lawmakers to pass the bill.")
             if a.cue.text == "urging")
    assert (a.content.text, a.addressee.text) == ("to pass the bill", "lawmakers")


def test_a_participle_clause_set_off_after_the_speaker_s_name_belongs_to_the_speaker():
    """"“…,” Texas delegate Bill Eastland, | wearing a cowboy hat …, | said": the speaker's words had become the
    message, and the quotation had no speaker."""
    a = only("“We have had better years than this one,” Iowa farmer Tom Miller, wearing a straw hat and “Trump” "
             "campaign pins, said.")
    assert a.source.text == "Iowa farmer Tom Miller, wearing a straw hat and “Trump” campaign pins"
    assert a.content.text == "“We have had better years than this one,”"
    told = next(a for a in attributions("Weaver was not impressed with Sanders’ comments Tuesday, telling reporters, "
                                        "“A lot of people said the governor should step down.”")
                if a.cue.text == "telling")
    assert told.source.text == "Weaver"  # (not "comments Tuesday", after the possessive’s mark)


def test_a_that_clause_ends_before_a_gerund_of_saying_that_goes_on_with_the_speaker():
    """"warned that further strikes could follow, | adding that …": the parser hung "adding" inside the
    that-clause, and the first message held the second report."""
    found = attributions("The minister warned that further strikes could follow, adding that the government was "
                         "prepared.")
    assert [a.content.text for a in found] == ["that further strikes could follow", "that the government was prepared"]


@pytest.mark.parametrize("text, source, content", [
    ("The report identified Beijing as the likely perpetrator of the attacks, which the probe said were covered up "
     "to protect the job of the chairman.", "the probe", "were covered up to protect the job of the chairman"),
    ("The sailors were swiftly released, displaying what many analysts said was a sign of Iran's improving "
     "relations with the West.", "many analysts", "was a sign of Iran's improving relations with the West"),
    ("He talked proudly of his two adult daughters, who he said were living in Russia.", "he",
     "were living in Russia"),
])
def test_a_report_inside_a_relative_clause_whose_pronoun_is_the_reported_subject(text, source, content):
    """"the attacks, which | the probe | said | were covered up …": the parser made "said" an auxiliary, a subject
    or a relative clause, and the report had no message or no speaker."""
    a = only(text)
    assert (a.cue.text, a.source.text, a.content.text) == ("said", source, content)


def test_an_adverb_of_time_opens_no_relative_report():
    """"…, when a dozen states | held | contests …": "contests" tagged a verb; "when" is no pronoun."""
    found = attributions("“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News on "
                         "Super Tuesday, when a dozen states held contests to choose party nominees.")
    assert [(a.source.text, a.content.text) for a in found] == [("Graham, a former candidate",
                                                                 "“Ted Cruz is not my favorite by any means,”")]


def test_a_question_put_to_the_listener_reports_nothing():
    """"Do you think Donald Trump has campaigned as a racial healer?" asks; the question itself is the
    interviewer's words, and "You said …" in a statement still reports."""
    found = attributions("TAPPER: Do you think Donald Trump has campaigned as a racial healer?")
    assert all(a.cue is None or a.cue.lemma != "think" for a in found)
    assert attributions("Who do you think will win the Super Bowl, the Panthers or the Broncos?") == []
    assert only("You said the plan would work.").content.text == "the plan would work"


@pytest.mark.parametrize("text, content", [
    ("Bringing the show back three years later, he said, feels particularly appropriate at a time when Hillary "
     "Clinton is the nominee.", "feels particularly appropriate at a time when Hillary Clinton is the nominee"),
    ("The hashtag #prayforparis, he said, was even more popular, with 6.7 million posts in 10 hours.",
     "was even more popular, with 6.7 million posts in 10 hours"),
])
def test_a_report_between_commas_after_a_gerund_subject_or_a_hashtag(text, content):
    """"Bringing the show back …, he said, | feels …": a gerund clause is the subject of the finite verb after
    the report; "#prayforparis": the sign opens its word. Both had made the report nothing."""
    a = only(text)
    assert (a.source.text, a.content.text) == ("he", content)


def test_the_phrase_of_speaking_to_is_the_listener_of_the_verb_it_stands_with():
    """"Speaking to CNN on Sunday, the governor said …": the participle names whom the words were said to
    (``addressing_participles``)."""
    a = only("Speaking to CNN on Sunday, the governor said the state was prepared.")
    assert (a.source.text, a.addressee.text if a.addressee else None) == ("the governor", "CNN")


def test_a_quotation_opened_straight_and_closed_curly_gets_its_speaker():
    """Politico: '"But Pete Wilson won,” Axelrod said.' had no quotation, so no attribution."""
    a = only('"But Pete Wilson won,” Axelrod said.')
    assert a.type == "direct" and a.source.text == "Axelrod" and a.content.text == '"But Pete Wilson won,”'


def test_the_commas_around_a_speakers_apposition_do_not_part_him_from_the_verb():
    """The parser also made "the problem" a subject of "said"; the commas of the apposition had ranked the
    speaker after it."""
    a = only("Tim Albrecht, a former Iowa Republican Party communications director, said the problem for Cruz "
             "is that other campaigns are reaching more caucus-goers.")
    assert a.source.text == "Tim Albrecht, a former Iowa Republican Party communications director"


@pytest.mark.parametrize("text, source, content", [
    ("''If there are people willing to put themselves on the line to be arrested, so be it,'' said Deb Kline, a "
     "leader of Cleveland Jobs With Justice, one of the groups that will march.", "Deb Kline",
     "''If there are people willing to put themselves on the line to be arrested, so be it,''"),
    ("''The race for the Democratic nomination is in the home stretch, and victory is in sight,'' Mrs. Clinton "
     "added, reflecting the overwhelming mathematical advantage she has in delegates.", "Mrs. Clinton",
     "''The race for the Democratic nomination is in the home stretch, and victory is in sight,''"),
])
def test_a_quotation_before_the_cue_is_its_message_though_a_clause_on_the_speaker_follows(text, source, content):
    """NYT: the parser made a relative clause on the speaker's apposition, or the clause under a gerund
    after the cue, the cue's complement, which took the message from the quotation."""
    a = only(text)
    assert a.type == "direct" and a.source.text == source and a.content.text == content


@pytest.mark.parametrize("text, cue", [
    ("“It's a never ending line!” she exclaimed as the doors opened.", "exclaimed"),
    ("“I have never seen anything like it,” Smith marveled.", "marveled"),
    ("He scoffed that the plan would never pass.", "scoffed"),
])
def test_verbs_of_the_manner_of_saying_are_cues(text, cue):
    assert only(text).cue.text == cue


def test_a_second_clause_joined_after_a_comma_is_not_the_clause_around_an_interposed_report():
    """NYT: "In April, Twitter reported …, and said …" had been read as a report set between commas, whose
    message was the joined clause."""
    found = attributions("In April, Twitter reported disappointingly flat user growth and worse-than-expected "
                         "revenue, and said it was struggling.")
    assert [(a.cue.text, a.source.text, a.content.text) for a in found] == [
        ("reported", "Twitter", "disappointingly flat user growth and worse-than-expected revenue"),
        ("said", "Twitter", "it was struggling")]


def test_a_report_preposition_in_brackets_tells_what_the_brackets_hold():
    """Politico: the message had run from the sentence's start to the opening bracket."""
    a = only("Overwhelmingly white states like Iowa (93 percent of 2012 voters there in 2012 were white, according "
             "to exit polls), New Hampshire and Vermont voted early.")
    assert a.source.text == "exit polls" and a.content.text == "93 percent of 2012 voters there in 2012 were white"


def test_a_quotation_on_its_own_goes_on_with_the_quoted_speaker_of_the_sentence_before():
    """NYT: the quotation had gone to the subject of the participle in the relative clause on the speaker."""
    found = attributions("''There is a greater goal here,'' said Representative Raul M. Grijalva of Arizona, a "
                         "co-chairman of the caucus, who sent a letter to Mr. Castro criticizing the mortgage sales. "
                         "''The contribution of Bernie that will be lasting for us is that we will coalesce around "
                         "an agenda.''")
    lone = found[-1]
    assert lone.content.text.startswith("''The contribution") and lone.source.text.startswith("Representative")


def test_a_clause_before_the_report_whose_verb_was_read_as_a_participle_is_its_message():
    """NYT: "condensed" tagged a past participle, so the clause before the comma seemed to have no finite verb."""
    a = only("He later condensed those queries into a letter, he said.")
    assert a.source.text == "he" and a.content.text == "He later condensed those queries into a letter"


def test_a_participle_on_the_subject_before_an_interposed_report_opens_no_clause():
    """Politico: "facing" inside the noun phrase had made the words before the comma a clause of their own."""
    a = only("The top three most important issues facing the Latino community, respondents said, are immigration "
             "policy (34 percent), the economy (33 percent), and health care (15 percent).")
    assert a.cue.text == "said" and a.source.text == "respondents"
    assert a.content.text.startswith("are immigration policy (34 percent), the economy")


def test_a_gerund_of_saying_between_the_cue_and_a_quotation_introduces_the_quotation():
    """Politico: "said, adding," had been one cue whose message was the quotation."""
    found = attributions('Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to talk."')
    assert [(a.cue.text, a.source.text, a.content.text) for a in found] == [
        ("said", "Spicer", "Ryan and Trump will meet sometime next week"),
        ("adding", "Spicer", '"They need to talk."')]


def test_a_quotation_whose_words_the_parser_made_the_subject_is_the_message_of_the_name_after_it():
    """NYT: "Uncontrolled migration, …" inside the quotation was made the subject of "told", so the quotation
    was not the message and the speaker was the quotation's first phrase."""
    a = only("''Uncontrolled migration, forced resettlement, the inflow of crowds into European society who not only "
             "cannot but do not want to integrate come with enormous dangers,'' Mr. Kosa told a plenary session of "
             "the Hungarian Parliament on Tuesday.")
    assert a.type == "direct" and a.source.text == "Mr. Kosa" and a.content.text.startswith("''Uncontrolled migration")


def test_as_she_put_it_reports_the_clause_before():
    """NYT: the object "it", a word of the cue "put it", had been read as the cue's own message."""
    a = only("Her goal is to ''make sure our economy works for everyone,'' as she put it on Wednesday.")
    assert a.cue.text == "put it" and a.source.text == "she"
    assert a.content.text == "Her goal is to ''make sure our economy works for everyone,''"


def test_a_name_the_tagger_read_as_a_gerund_after_a_quotation_speaks():
    """Politico: "Ebeling" (tagged a gerund, like "Schilling") had left the quotation without a speaker."""
    a = only("“We live in Chicago,” Ebeling said.")
    assert a.type == "direct" and a.source.text == "Ebeling"


def test_the_speaker_of_an_interposed_report_stands_between_the_first_comma_and_the_verb():
    """NYT: the parser gave "said" the subject of the clause around it ("Mrs. Clinton"), so it had no speaker."""
    a = only("Mrs. Clinton, analysts said, has other reasons for not being drawn out on Syria.")
    assert a.source.text == "analysts"


def test_after_an_opening_participle_phrase_the_name_before_the_verb_speaks():
    """Washington Post: the parser made the senator the object of "Speaking", so "said" had no speaker."""
    a = only("Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders "
             "has pushed the former secretary of state to be a stronger candidate.")
    assert a.source.text.startswith("Sen. Claire McCaskill")


def test_a_verb_of_saying_made_a_copula_speaks_through_the_subject_of_its_head():
    """NYT: the parser made "said" the copula of "close"; the report had no speaker."""
    a = only("At times last year, people close to the vice president said, the mere mention of Mrs. Clinton's name "
             "could make him fume.")
    assert a.source.text == "people close to the vice president"


def test_after_an_opening_adverbial_clause_the_phrase_before_the_verb_speaks_with_its_aside():
    """Politico: the parser hung the speakers on the verb of the "if"-clause, so "said" had no speaker."""
    a = only("Even if Clinton can’t catapult over Sanders in New Hampshire, insiders in the next two states "
             "— Nevada and South Carolina — said it’s important that she close the gap.")
    assert a.source.text == "insiders in the next two states — Nevada and South Carolina"


def test_after_an_opening_prepositional_phrase_the_name_before_the_verb_speaks():
    """NYT: the parser hung the name on "memo", so "reminded" had no speaker."""
    a = only("In a memo on Tuesday, Noah Oppenheim, the NBC executive in charge of ''Today,'' reminded his staff "
             "about Mr. Bush's early television work.")
    assert a.source.text.startswith("Noah Oppenheim")


def test_a_clause_before_the_cue_opened_by_an_adverb_of_number_is_the_message():
    """USA Today: "Around" (made the clause's subordinator) had the clause read as an adverbial one, and the
    report had no message."""
    a = only("Around 30 to 70 people would show up to each event, he said.")
    assert a.content.text == "Around 30 to 70 people would show up to each event" and a.source.text == "he"


def test_a_participle_before_the_subject_of_a_bare_clause_does_not_end_the_message():
    """USA Today: "unsettled" (made a conjunct of "said") ended the message after "the heat"."""
    a = only("Samantha Phillips, the city's emergency operations director, said the heat and unsettled weather "
             "could last through the end of the week.")
    assert a.content.text == "the heat and unsettled weather could last through the end of the week"


def test_a_gerund_after_an_interposed_cue_says_how_it_was_said_not_what():
    """USA Today: the gerund's clause, made the complement of "said", had been taken for the message."""
    found = attributions("Sales were great, he said, wiping sweat off his face.")
    assert [(a.content.text, a.source.text) for a in found] == [("Sales were great", "he")]


def test_a_gerund_that_is_the_subject_after_an_interposed_cue_opens_the_message():
    """Politico: a gerund subject after "she added," must stay the message (not a clause of manner)."""
    found = attributions("While some low-level State employees could get a slap on the wrist, she added, revoking "
                         "clearances would be “really very aggressive considering the facts that have emerged.”")
    assert any(a.content.text.startswith("revoking clearances would be") and a.source is not None
               and a.source.text == "she" for a in found), [(a.content.text, a.source) for a in found]


def test_the_preposition_of_a_speakers_description_after_the_verb_names_no_listener():
    """Politico: "to the Clintons" had been read as whom the words were said to, cutting the speaker short."""
    a = only("“The drop we are seeing now is directly attributable to the emails,” said a person close to the "
             "Clintons.")
    assert a.source.text == "a person close to the Clintons" and a.addressee is None


def test_a_name_in_the_prepositional_phrase_of_a_description_is_not_the_speaker():
    """Huffington Post: the aide's words had been credited to the president he served."""
    a = only("“Certainly Donald Trump has gone in the opposite direction from what we recommended,” said the former "
             "top aide to President George W. Bush.")
    assert a.source.text == "the former top aide to President George W. Bush"
    assert a.source.canonical == "former top aide to President George W. Bush"


def test_a_name_after_the_office_of_its_title_is_the_speaker():
    """The office between the preposition and the name ("of State") makes the name the title's holder."""
    a = only("“The Iranians were close to completing their sentences,” said Secretary of State John Kerry.")
    assert a.source.canonical == "John Kerry"


def test_a_relative_clause_on_the_speaker_labelled_a_sentential_one_stays_out_of_the_speaker():
    """Huffington Post: the parser labelled "who declined …" advcl:relcl, and ", who" stayed in the speaker."""
    a = only("“Paul’s knowledge, such as it is, is about 20 years old,” said a longtime adviser to Trump, who "
             "declined to be identified.")
    assert a.source.text == "a longtime adviser to Trump"


def test_a_name_tagged_a_verb_that_is_the_subject_speaks():
    """Huffington Post: "Serafinowicz" (tagged a verb at the sentence's start) had been dropped as naming nobody."""
    found = attributions("The content of the candidate’s words is still far out. But hearing him say it in a British "
                         "accent gives it a certain sophisticated tone.\nSerafinowicz, who’s starred in “Parks and "
                         "Recreation” and “Guardians of the Galaxy,” posted the clip to YouTube on Thursday.")
    posted = [a for a in found if a.cue is not None and a.cue.text == "posted"]
    assert posted and posted[0].source is not None and posted[0].source.text == "Serafinowicz"


def test_what_a_thing_is_called_in_quotation_marks_goes_with_the_thing():
    """USA Today: the quotation's mark between object and predicate had left the message at "quite dangerous"."""
    a = only('Former Florida governor Jeb Bush called the use of executive orders "quite dangerous."')
    assert a.content.text == 'the use of executive orders "quite dangerous."'
    b = attributions("Last month, FBI Director James Comey called Clinton's use of private email servers \"extremely "
                     "careless,\" but said she should face no criminal charges.")[0]
    assert b.content.text == "Clinton's use of private email servers \"extremely careless,\""


def test_the_speaker_between_a_quotation_and_the_cue_that_the_parser_hung_inside_it_speaks():
    """USA Today: the parser made "Jeff Bechdel" an apposition inside the quotation, so "said" had no subject and
    reported a clause of the time phrase after it."""
    found = attributions('"Bill Clinton reinforces all the negative attributes voters assign to Secretary Clinton: '
                         'unethical, dishonest and untrustworthy," spokesman Jeff Bechdel said in a statement issued '
                         "a half-hour before Clinton's New Hampshire event was set to begin.")
    assert [(a.source.text, a.content.text[:13]) for a in found] == [("spokesman Jeff Bechdel", '"Bill Clinton')]


def test_a_quoted_name_after_a_preposition_is_not_the_message_of_the_name_after_it():
    """Politico: the show's name in quotation marks must not become what Trump "pointed to"."""
    found = attributions('In an interview with "Fox and Friends," Donald Trump pointed to China as the regional '
                         'enforcer, remarking that the U.S. should make things harder on Beijing.')
    assert all("Fox and Friends" not in a.content.text for a in found)


def test_the_noun_after_a_verb_without_subject_right_after_a_quotation_asks():
    """Politico: "the boy" (labelled the object of "asked") had been read as the one asked, leaving no speaker."""
    a = only("“How big is that wall?” asked the boy, who was wearing a hat, as the audience laughed.")
    assert a.source.text == "the boy" and a.addressee is None


def test_a_name_word_the_tagger_read_as_an_adjective_stays_in_the_name():
    """Politico: "Small" (tagged an adjective, joined to "Marty" as a part of the name) had been cut off."""
    a = only("City Council president Marty Small said that Clinton’s trip to Atlantic City is an “incredible "
             "opportunity.”")
    assert a.source.text == "City Council president Marty Small"


def test_a_verb_joined_to_a_relative_clause_speaks_with_its_pronoun():
    """Politico: "said", joined to the relative clause "who endorsed Canova", had no speaker."""
    a = only("Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did "
             "not show up in person for the race.")
    assert a.source.text == "who" and a.source.canonical == "Sanders"


def test_a_name_with_its_description_before_a_verb_the_parser_left_without_subject_speaks():
    """PolNeAR train: "Dashing into …, | Senator Shelley Moore Capito, Republican of West Virginia, | called over
    her shoulder, ''…''": the parser made the opening gerund the root and the name a clause of its own, and the
    quotation had no speaker."""
    a = only("Dashing into a closed-door luncheon of senators, Senator Shelley Moore Capito, Republican of West "
             "Virginia, called over her shoulder, ''His comments are not helping.''")
    assert a.source.text == "Senator Shelley Moore Capito, Republican of West Virginia"


def test_a_source_does_not_open_with_a_prepositional_phrase_of_its_clause():
    """PolNeAR train: "| At one point, | a woman asked for a photo" had the time phrase in the source."""
    found = attributions("Bill Clinton spoke with voters outside the polling location. At one point, a woman asked "
                         "for a photo.")
    assert [a.source.text for a in found if a.cue.text == "asked"] == ["a woman"]


def test_a_relative_clause_after_a_comma_is_no_bare_reported_clause():
    """PolNeAR train: "led to the Paris | attacks |, which was seen as an intelligence failure, de Blasio said": the
    tagger made "attacks" a verb, and the relative clause with the report after it had become its message."""
    found = attributions("When asked by a host if the revelations by Edward Snowden in any way led to the Paris "
                         "attacks, which was seen as an intelligence failure, de Blasio said, “I have not heard that "
                         "particular concern” from New York law enforcement officials.")
    assert [(a.cue.text, a.source.text) for a in found] == [("said", "de Blasio")]


def test_a_name_before_a_relative_clause_in_dashes_speaks_for_a_verb_without_subject():
    """PolNeAR train: "On the Democratic side, | Mrs. Clinton | -- whose husband signed … -- has publicly derided …,
    suggesting that …": the parser made the name the apposition of the opening phrase, and the gerund's report
    had no speaker."""
    found = attributions("On the Democratic side, Mrs. Clinton -- whose husband signed the Gramm-Leach-Bliley Act "
                         "into law -- has publicly derided the reintroduction of Glass-Steagall, suggesting that "
                         "efforts to bring it back are misguided.")
    assert [(a.cue.text, a.source.text) for a in found] == [("suggesting", "Mrs. Clinton")]


def test_a_participle_phrase_on_the_last_noun_of_the_source_stays_with_it():
    """PolNeAR train: "A redacted copy of the memo | seen by Reuters | said …" and "A poll | conducted by Quinnipiac
    University | found …" had lost the participle phrase that says whose memo and whose poll."""
    assert only("A redacted copy of the memo seen by Reuters said the bank had failed.").source.text \
        == "A redacted copy of the memo seen by Reuters"
    assert only("A poll conducted by Quinnipiac University found that Trump leads in Florida.").source.text \
        == "A poll conducted by Quinnipiac University"


def test_a_subject_inside_the_quotation_before_the_verb_does_not_speak():
    """Politico (PolNeAR train): the parser gave "said" two subjects, "step" inside the quotation and "Patty" after
    it, and the quotation had no speaker."""
    a = only("“This will be a really good step forward for all of our parents and our teachers and our students "
             "across the country, because it will provide certainty that has been missing for a long time now,” said "
             "Sen. Patty Murray, a chief Democratic negotiator on the bill.")
    assert a.source.text == "Sen. Patty Murray, a chief Democratic negotiator on the bill"


def test_a_reported_clause_keeps_the_quotation_mark_that_opens_it():
    """NYT (PolNeAR train): "said at a news conference, ''Given the gaps …''": the parser hung the opening '' on the
    verb, and the message began after it and was typed indirect."""
    a = only("Mr. Obama said at a news conference, ''Given the gaps of trust that exist, that's a tough "
             "negotiation.''")
    assert a.type == "direct"
    assert a.content.text == "''Given the gaps of trust that exist, that's a tough negotiation.''"


def test_an_object_with_a_gerund_is_what_a_poll_shows():
    """PolNeAR train: "A CNN/ORC poll showed | Mr. Trump leading Mr. Cruz nationally |" reported nothing; the object
    and its gerund are a clause without a finite verb ("showed that Mr. Trump led")."""
    a = only("A CNN/ORC poll showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent.")
    assert (a.cue.text, a.source.text) == ("showed", "A CNN/ORC poll")
    assert a.content.text.startswith("Mr. Trump leading Mr. Cruz nationally")


def test_a_name_whose_last_word_the_tagger_did_not_know_keeps_its_description():
    """NYT (PolNeAR train): "Craig | Minassian |, a spokesman for the foundation, said": "Minassian" was tagged an
    adjective, and the source had lost the name."""
    a = only("Craig Minassian, a spokesman for the foundation, said the decision to forgo corporate and foreign money "
             "had nothing to do with the emails.")
    assert a.source.text == "Craig Minassian, a spokesman for the foundation"


def test_a_name_set_off_after_a_description_keeps_its_capitalised_nouns_and_prepositions():
    """NYT (PolNeAR train): "one group, | Partnership for Responsible Growth |, has run ads …, reminding Republicans
    that …": the tagger made "Partnership" a common noun, and the name was cut from the speaker."""
    found = attributions("To nudge it along, one group, Partnership for Responsible Growth, has run ads with both "
                         "outlets reminding Republicans that their leaders used to support market-based solutions.")
    sources = [a.source.text for a in found if a.cue.text == "reminding"]
    assert sources == ["one group, Partnership for Responsible Growth"]


def test_a_name_before_a_description_opened_by_a_possessive_speaks_with_it():
    """NYT (PolNeAR train): "Rahm Emanuel, | his chief of staff, | urged a strong stand, saying that …": the parser made
    the description the subject and the name an oblique, and the source had lost the name."""
    found = attributions("As a start, Mr. Obama decided to press Israel to freeze settlement construction in the "
                         "occupied West Bank. Rahm Emanuel, his chief of staff, urged a strong stand, saying that "
                         "otherwise Mr. Netanyahu, now prime minister, would ''walk all over us,'' as Mrs. Clinton "
                         "put it.")
    assert [a.source.text for a in found if a.cue.text == "urged"] == ["Rahm Emanuel, his chief of staff"]


@pytest.mark.parametrize(("text", "content"), [
    ("Ash described the move as a “major breach of trust,” and left the meeting.",
     "the move as a “major breach of trust,”"),
    ("Sexton described the most engaged rally-goers as seeming almost shocked that there were protesters.",
     "the most engaged rally-goers as seeming almost shocked that there were protesters"),
])
def test_what_is_called_something_is_told_with_what_it_is_called(text, content):
    """PolNeAR train: "described | the move as a “major breach of trust,”": the message had been the predicative
    alone, or only the object where an attributive participle ("engaged") stopped the search for "as"
    (``predicative_with_object``)."""
    assert only(text).content.text == content


def test_a_particle_of_the_verb_is_not_what_is_called_something():
    """"which her campaign refers to | as a firewall": the object went before the verb."""
    found = attributions("She has a lead among black voters, which her campaign refers to as a firewall.")
    assert [a.content.text for a in found if a.cue.text == "refers to"] == ["a firewall"]


def test_a_particle_of_a_predicate_after_the_cue_is_not_the_cue_s():
    """"said the country was worse | off": the particle the parser gave to "worse" was read as the cue's, "say off"
    is no verb of saying, and the report was lost."""
    a = only("Bush said the country was worse off.")
    assert (a.cue.text, a.content.text) == ("said", "the country was worse off")


def test_a_day_that_opens_the_sentence_is_not_part_of_the_speaker():
    """PolNeAR train: "Friday, | Texas, leading a coalition of 13 states, said …": the parser joined the day to the
    subject, and the speaker was "Friday, Texas"."""
    a = only("Friday, Texas, leading a coalition of 13 states, said the rules were unlawful.")
    assert a.source.text == "Texas"


@pytest.mark.parametrize("text, message", [
    ("Belgium failed to discover a Salafist cell in the Brussels neighborhood of Molenbeek and “should possibly have "
     "acted sooner,” said Ralf Jäger, the minister.",
     "Belgium failed to discover a Salafist cell in the Brussels neighborhood of Molenbeek and “should possibly have "
     "acted sooner,”"),
    ("Mrs. Clinton, with her service in the administration, “is seen as having a more instinctive identification "
     "with Obama,” he said.",
     "Mrs. Clinton, with her service in the administration, “is seen as having a more instinctive identification "
     "with Obama,”"),
])
def test_a_quotation_ending_a_clause_begun_before_it_reports_the_whole_clause(text, message):
    """The message had been the quotation alone: "to discover" (a verb of saying under "failed") had
    counted as another report before it, and a subject whose verb stands inside the quotation had
    counted as no clause."""
    a = only(text)
    assert (a.type, a.content.text) == ("mixed", message)


def test_a_free_relative_before_an_interposed_report_is_the_subject_of_the_message():
    """"What really got under her skin" (a clause opened by "what") had counted as a clause of its own,
    so the report was not read as set between commas and the message was the words before it."""
    a = only("What really got under her skin, she said, was a question at a televised town hall last week.")
    assert (a.source.text, a.content.text) == ("she", "was a question at a televised town hall last week")


def test_a_span_of_time_is_no_speaker():
    """The parser made "One month" the subject; it had become the speaker of "announcing"."""
    found = attributions("One month after announcing his support for Donald Trump, Marco Rubio still believes that "
                         "the presumptive GOP nominee is unfit to be commander-in-chief.")
    assert all(a.source is None or a.source.text != "One month" for a in found)


def test_a_name_before_a_colon_after_a_heading_and_a_spaced_dash_speaks():
    """A newsletter's items open with a heading, a dash and the quoted one's name: the words before the
    dash had made the name no heading name, and the quotation had no speaker."""
    a = only("VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR COMPETITIVENESS - Frank Newport and "
             "Jim Harter: “We found that, across candidates, the leadership strengths most highly correlated with "
             "likelihood to vote are the ability to inspire.”")
    assert a.source.text == "Frank Newport and Jim Harter"


def test_a_reported_clause_goes_on_past_that_and_an_aside_after_it():
    """PolNeAR train: the message had ended at "that" (the parser made it an object and the clause after the
    aside one of its own); a pronoun "that" after a verb still ends a clause."""
    say = only("Her supporters say it is only fitting that, having overcome so many obstacles before, she now faces "
               "an opponent so eager to go negative.")
    assert say.content.text.endswith("she now faces an opponent so eager to go negative")
    said = attributions("He said he could accomplish that, adding that it would take years.")
    assert [a.content.text for a in said] == ["he could accomplish that", "that it would take years"]


def test_a_time_with_a_subject_of_its_own_is_the_predicate_of_the_reported_clause():
    """PolNeAR train: "years" had been read as when the words were said, and "before the technology exists" as
    the message."""
    say = only("Fences along the frontier have only helped push smugglers underground, and experts say it may be "
               "years before the technology exists to reliably detect the tunnels.")
    assert say.content.text.startswith("it may be years before the technology exists")


def test_a_clause_the_parser_joined_to_the_cue_after_a_comma_and_a_conjunction_is_not_the_message():
    """PolNeAR train: the message had run on into "and an article … quoted a few experts …"; a second reported
    clause ("and that …") and one whose pronoun may be the speaker's stay in it."""
    noted = attributions("Fact-checkers soon noted that Clinton may have been referring to a hypothetical "
                         "situation, and an article cited by her campaign quoted a few experts who have found no "
                         "evidence of the videos.")
    assert noted[0].content.text == "that Clinton may have been referring to a hypothetical situation"
    said = only("He said that the server was unprotected, and that he had total access to it.")
    assert said.content.text == "that the server was unprotected, and that he had total access to it"


def test_a_title_before_a_name_the_verb_was_hung_on_is_part_of_the_speaker():
    """PolNeAR train: the parser made "repeated" a complement of "Lu" and the report had had no speaker."""
    said = only("Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking "
                "and acted against it.")
    assert said.source.text == "Chinese Foreign Ministry spokesman Lu Kang"


def test_an_adverb_between_an_opening_name_and_its_verb_does_not_hide_the_speaker():
    """PolNeAR train: the parser made "One month" the subject, and "believes" had had no speaker."""
    found = attributions("One month after announcing his support for Donald Trump, Marco Rubio still believes that "
                         "the presumptive GOP nominee is unfit to be commander-in-chief.")
    assert [a.source.text for a in found if a.cue.text == "believes"] == ["Marco Rubio"]


def test_a_title_and_the_name_apposed_to_it_after_an_inverted_verb_are_the_speaker():
    """PolNeAR train: the title read as an adjective had been the message, and the name alone another clause's
    subject; the speaker had been none."""
    said = only("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from "
                "Asian imports, said the company's chief executive, John J. Ferriola.")
    assert (said.source.text, said.content.text) == (
        "the company's chief executive, John J. Ferriola",
        "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian "
        "imports")
    said = only("The party was working to change its image, said the American ambassador at the time, John E. Herbst.")
    assert said.source.text == "the American ambassador at the time, John E. Herbst"


def test_a_report_after_a_comma_tells_the_words_before_it_not_its_own():
    """A probe sentence: "CEO" hung on the clause before had hidden the comma before the speaker, and the
    clause "CEO Tim Cook told analysts …" had been the message of "reported"."""
    found = attributions("Apple Inc. reported record quarterly revenue, CEO Tim Cook told analysts on a conference "
                         "call.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("told", "Apple Inc. reported record quarterly revenue"), ("reported", "record quarterly revenue")]
    told = only("The company will cut 500 jobs, CEO Tim Cook told analysts.")
    assert (told.source.text, told.content.text) == ("Tim Cook", "The company will cut 500 jobs")
    told = only("He said, the minister told reporters that the talks failed.")
    assert told.content.text == "that the talks failed"


def test_a_gerund_right_after_a_denial_is_what_is_denied():
    """A probe sentence: the parser made "targeting" an adverbial clause, and the denial had been lost."""
    found = attributions("According to the Ukrainian military, Russian forces launched 40 drones overnight. Moscow "
                         "denied targeting civilian infrastructure and accused Kyiv of staging the attacks.")
    assert [(a.cue.text, a.content.text) for a in found][1:] == [
        ("denied", "targeting civilian infrastructure"), ("accused", "Kyiv of staging the attacks")]


def test_a_modifier_the_parser_hung_on_the_cue_opens_the_reported_clause():
    """A probe sentence: "faulty" hung on "believe" had been cut from "faulty wiring may have been to blame"."""
    found = attributions("Fire Chief John Smith said the cause was under investigation, but investigators believe "
                         "faulty wiring may have been to blame.")
    assert found[-1].content.text == "faulty wiring may have been to blame"


def test_that_after_the_cue_s_phrase_opens_the_message_where_its_clause_has_a_subject():
    """A probe sentence: the parser read "demand" as a verb whose subject was a relative "that", and the
    report had been lost."""
    wrote = only("Analysts at Goldman Sachs wrote in a note to clients that demand for electric vehicles was slowing.")
    assert (wrote.source.text, wrote.content.text) == ("Analysts at Goldman Sachs",
                                                       "that demand for electric vehicles was slowing")


def test_an_abbreviation_s_period_before_a_sentence_opening_word_ends_the_sentence():
    """A probe text: "p.m. One woman" had been one sentence, and the woman's report had had no speaker."""
    found = attributions("Witnesses said the gunman opened fire shortly after 9 p.m. One woman, who asked not to be "
                         "named, told the Associated Press she hid under a table for 20 minutes.")
    assert (found[0].content.text, found[-1].source.text) == ("the gunman opened fire shortly after 9 p.m.",
                                                              "One woman")


def test_a_verb_of_saying_with_on_before_a_platform_s_name_is_still_a_cue():
    """A probe sentence: the parser made "on" the particle of "wrote" ("write on" is no cue), and the
    report had been lost; a later "He" had then stood for "the attack"."""
    found = attributions("Ukrainian President Volodymyr Zelensky wrote on X that the attack proved Russia was not "
                         "interested in peace. He urged allies to speed up deliveries of air defence systems.")
    wrote = found[0]
    assert (wrote.cue.text, wrote.content.text) == ("wrote",
                                                     "that the attack proved Russia was not interested in peace")
    assert found[-1].source.canonical == "Volodymyr Zelensky"
    assert all(a.cue.text != "call" for a in attributions("Yet by calling out Clinton on the substance of her attack, "
                                                           "Axelrod occupied a role that has become familiar."))


def test_it_stands_for_a_speaker_that_is_no_person():
    """A probe text: "It added" had stood for the chief executive named last, not for the company."""
    found = attributions("Boeing said on Monday that deliveries would be delayed. Chief executive Kelly Ortberg said "
                         "the company faced a long road. It added that it would hire more inspectors.")
    assert [a.source.canonical for a in found] == ["Boeing", "Kelly Ortberg", "Boeing"]


def test_a_verb_of_saying_the_parser_hung_on_the_noun_before_it_has_that_noun_for_speaker():
    """A probe sentence: "warned" was parsed as a participle on "company", and the report had had no
    speaker."""
    found = attributions("Shares in Boeing fell 4% after the company warned that deliveries of its 737 Max jets "
                         "would be delayed again.")
    assert [(a.source and a.source.text, a.cue.text) for a in found] == [("the company", "warned")]


def test_a_time_after_a_speaker_after_the_verb_is_not_the_speaker_s():
    a = only('"We deserved to win," said the coach after the game.')
    assert a.source.text == "the coach"


def test_a_charge_that_someone_denied_is_their_denial_not_a_report_of_the_charge():
    """A PolNeAR-style sentence: "a charge that … denied" had been read as the charge's report with the
    relative clause for its message."""
    found = attributions('The front-runner complained that the contest had been "rigged" against him, a charge that '
                         "state party leaders strongly denied.")
    assert [(a.source.text, a.cue.text, a.content.text) for a in found] == [
        ("The front-runner", "complained", 'that the contest had been "rigged" against him'),
        ("state party leaders", "denied", "a charge")]
    (says,) = attributions("Ukraine says Russia shelled the plant, a claim that Moscow denies.")
    assert says.content.text == "Russia shelled the plant"
    argued = only("Cruz entered the debate with an even more forceful argument that 2016 is now a two-man contest.")
    assert argued.content.text == "that 2016 is now a two-man contest"


def test_a_name_before_its_apposition_or_a_preposition_is_the_speaker():
    """Probe sentences: the recogniser missed "Elon Musk" and the canonical name had been the whole phrase;
    "Gordon Johnson of GLJ Research" had been the firm."""
    musk = attributions("Elon Musk, the company's chief executive, said on a call with analysts that production "
                        "would double next year.")[0]
    assert musk.source.canonical == "Elon Musk"
    johnson = only('Gordon Johnson of GLJ Research called the results "a one-off".')
    assert johnson.source.canonical == "Gordon Johnson"


def test_a_report_with_a_subject_of_its_own_after_a_conjunction_ends_the_message():
    """A probe sentence: "…, though he cautioned that …" had been part of the first message."""
    found = attributions("Elon Musk said on a call with analysts that production of the Cybertruck would double next "
                         'year, though he cautioned that demand remained "uncertain".')
    assert [a.content.text for a in found] == ["that production of the Cybertruck would double next year",
                                               'that demand remained "uncertain"']


def test_a_verb_joined_to_the_quoted_words_goes_on_with_the_speaker():
    """A probe sentence: the parser joined "accused" to "has" inside the quotation, and the accusation had
    been the president's."""
    found = attributions('In a post on X, Johnson said the president "has the authority to act today" and accused '
                         "him of playing politics.")
    assert [(a.cue.text, a.source.text) for a in found] == [("said", "Johnson"), ("accused", "Johnson")]


def test_whose_statement_a_source_names_is_who_speaks():
    a = only("According to a statement from the ministry, the drone was shot down over the Black Sea.")
    assert a.source.canonical == "ministry"
    a = only("According to the National Academies report, immigration is a good thing.")
    assert a.source.canonical == "National Academies report"


def test_the_word_after_the_preposition_of_a_title_is_the_title_s():
    """A probe sentence: the unrecognised name had been "State Antony Blinken"."""
    found = attributions("In an interview with CNN, Secretary of State Antony Blinken insisted that the United States "
                         "would not abandon its allies.")
    assert found[0].source.canonical == "Antony Blinken"


def test_a_surname_alone_stands_for_the_full_name_read_before():
    """A probe text: "Starmer" and "Keir Starmer", whom the recogniser missed, had been two speakers."""
    found = attributions("British Prime Minister Keir Starmer said on Monday that Europe must take greater "
                         'responsibility for its own defence. "This is a once-in-a-generation moment," Starmer told '
                         "the BBC.")
    assert [a.source.canonical for a in found] == ["Keir Starmer", "Keir Starmer"]
    found = attributions("Secretary of State Antony Blinken insisted that the US would not abandon its allies. Blinken "
                         "later clarified that no new troops would be sent.")
    assert [a.source.canonical for a in found] == ["Antony Blinken", "Antony Blinken"]


def test_a_clause_of_as_with_its_own_subject_after_the_message_is_the_writer_s():
    """A probe sentence: the message had run on into ", as leaders gathered in London …"."""
    said = attributions("British Prime Minister Keir Starmer said on Monday that Europe must take greater "
                        "responsibility for its own defence, as leaders gathered in London for an emergency summit "
                        "on Ukraine.")[0]
    assert said.content.text == "that Europe must take greater responsibility for its own defence"
    needed = only("Officials said the measure was needed, as a way to appeal to young voters.")
    assert needed.content.text == "the measure was needed, as a way to appeal to young voters"


def test_a_participle_on_a_report_noun_is_no_cue_and_no_clause_of_its_own():
    """A probe sentence: "posted" had been the cue, without a speaker, and the spokesman's report lost."""
    a = only("A spokesman for the company said in a statement posted on its website that it was cooperating fully "
             "with investigators.")
    assert (a.cue.text, a.source.text, a.content.text) == ("said", "A spokesman for the company",
                                                           "that it was cooperating fully with investigators")


def test_according_to_a_compound_the_tagger_read_as_a_verb():
    """A probe sentence: "court" was tagged a verb, and the report had been lost."""
    a = only("The fraud began in 2019, according to court documents.")
    assert (a.source.text, a.content.text) == ("court documents", "The fraud began in 2019")
    law = only("According to state law, no one may solicit a person's vote within 150 feet of a polling place.")
    assert (law.source.text, law.content.text) == ("state law", "no one may solicit a person's vote within 150 "
                                                                "feet of a polling place")


def test_a_verb_of_saying_the_tagger_read_as_an_adjective_after_but_reports():
    """A probe sentence: "conceded" was tagged an adjective joined to "sounded", and the concession had
    been lost."""
    found = attributions("The county's emergency manager, Lisa Grant, said sirens had sounded at 3 a.m. but conceded "
                         "that some residents may not have heard them.")
    assert [(a.source.canonical, a.cue.text, a.content.text) for a in found] == [
        ("Lisa Grant", "said", "sirens had sounded at 3 a.m."),
        ("Lisa Grant", "conceded", "that some residents may not have heard them")]


def test_a_title_written_with_hyphens_is_whole_in_the_speaker():
    """A probe sentence: the speaker had begun inside the title, "General Tedros Adhanom Ghebreyesus"."""
    found = attributions('The agency said cases had tripled. "This is a crisis of inequality," WHO Director-General '
                         "Tedros Adhanom Ghebreyesus said.")
    assert found[-1].source.text == "WHO Director-General Tedros Adhanom Ghebreyesus"


def test_a_long_title_and_a_hyphenated_name_after_a_quotation_speak_it():
    """A PolNeAR train sentence: the quotation's clause had taken the title and "Anne", and the report had
    the speaker "Marie Slaughter" (later, with "Anne" in the message, none)."""
    first = attributions('"I cannot imagine how exhausted you must be after this week, but I have NEVER been prouder '
                         'of having worked for you," former State policy planning director Anne-Marie Slaughter wrote '
                         'to Clinton.')[0]
    assert first.content.text.endswith('worked for you,"')
    assert (first.source.text, first.source.canonical) == (
        "former State policy planning director Anne-Marie Slaughter", "Anne-Marie Slaughter")


def test_an_age_stands_for_the_person_named_before():
    """A probe sentence: "the 67-year-old", split at its hyphens, had left the quotation without a speaker."""
    found = attributions('Tom Harris was rescued from his roof by a neighbor on Sunday. "It was terrifying," the '
                         "67-year-old said.")
    assert [(a.source.text, a.source.canonical) for a in found] == [("the 67-year-old", "Tom Harris")]


def test_an_act_noun_after_a_preposition_is_no_report_of_its_agent():
    """A probe sentence: "Under questioning from prosecutors" had been a report with the message "from
    prosecutors"."""
    found = attributions("Under questioning from prosecutors, Maria Lopez said her supervisor had told her to delete "
                         "the emails.")
    assert [a.content.text for a in found][0] == "her supervisor had told her to delete the emails"
    assert not any(a.content.text.startswith("from") for a in found)


def test_a_relative_clause_on_an_object_makes_no_reported_clause():
    """A probe sentence: "Officers found the victim, whose name was not released, …" had been a report of
    the officers, and the report's message had taken its own "according to" phrase."""
    a = only("Officers found the victim, whose name was not released, with multiple gunshot wounds, according to a "
             "police statement.")
    assert (a.cue.text, a.source.text) == ("according to", "a police statement")
    assert a.content.text == "Officers found the victim, whose name was not released, with multiple gunshot wounds"


def test_he_never_stands_for_a_speaker_named_by_a_plural():
    """A probe passage: "he" had been the prosecutors, the latest speakers, and "has denied wrongdoing"
    no report (a one-word message; "wrongdoing" parsed as a gerund)."""
    found = attributions("Prosecutors argued in court filings that the former senator had accepted gold bars in "
                         'exchange for political favors. Menendez has denied wrongdoing. "I am innocent," he told '
                         "reporters outside the courthouse in Manhattan.")
    assert [(a.cue.text, a.content.text, a.source.canonical) for a in found] == [
        ("argued", "that the former senator had accepted gold bars in exchange for political favors", "Prosecutors"),
        ("denied", "wrongdoing", "Menendez"),
        ("told", '"I am innocent,"', "Menendez")]


def test_a_denial_of_one_word_denies_it():
    """A probe sentence: "has denied wrongdoing" had been no report (one word, parsed as a gerund)."""
    a = only("The senator has denied wrongdoing.")
    assert (a.source.text, a.cue.text, a.content.text) == ("The senator", "denied", "wrongdoing")


def test_he_stands_for_the_person_who_opens_the_sentence_before():
    """A probe passage: the parser made "agreed" a modifier of "neighbor", and "he" had been Maria Santos."""
    found = attributions('"It\'s a disgrace," said Maria Santos, 52, a teacher who has lived in the neighborhood for '
                         '20 years. Her neighbor, Luis Ortega, agreed. "Nobody from the city ever came to check on us," '
                         "he said.")
    assert [a.source.canonical for a in found] == ["Maria Santos", "Luis Ortega"]


def test_one_of_them_speaks():
    """A probe passage: "one" was read as the generic pronoun, and the quotation had no speaker."""
    found = attributions('Officials said the investigation was continuing. "We have not ruled anything out," one of '
                         "them said.")
    assert found[-1].source.text == "one of them"


def test_who_after_a_noun_in_a_prepositional_phrase_stands_for_the_noun_it_qualifies():
    """A probe sentence: "who" had stood for "with the agency"."""
    found = attributions("Officials with the agency, who asked not to be identified because they were not authorized "
                         "to speak, said the investigation was continuing.")
    assert all(a.source.canonical == "Officials with the agency" for a in found)


def test_a_title_split_at_its_hyphen_after_the_verb_opens_the_speaker():
    """A probe sentence: the parser made "co" the subject, and the speaker had been "co"; "worry everyone"
    had been a report inside the quotation (``other_sense_objects``)."""
    found = attributions('"This should worry everyone who lives near a coast," said co-author Maria Garcia of the '
                         "University of Miami.")
    assert [(a.source.text, a.source.canonical) for a in found] == [
        ("co-author Maria Garcia of the University of Miami", "Maria Garcia")]


def test_a_gerund_aside_after_the_cue_is_not_the_message():
    """A probe sentence: the message had been "citing two administration officials, that …"."""
    found = attributions("Earlier, Axios reported, citing two administration officials, that the Treasury secretary "
                         "and the commerce secretary had clashed over tariffs.")
    reported = next(a for a in found if a.cue.text == "reported")
    assert reported.content.text == "that the Treasury secretary and the commerce secretary had clashed over tariffs"


def test_a_finite_verb_the_parser_hung_on_the_subject_ends_the_speaker():
    """A probe sentence: the parser made "accused" a modifier of "Israel", and the speaker of "warned"
    had been "A senior Hamas official, Osama Hamdan, accused Israel"."""
    found = attributions("A senior Hamas official, Osama Hamdan, accused Israel of delaying the release of some "
                         "detainees and warned that violations could endanger the next stage of the deal.")
    warned = next(a for a in found if a.cue.text == "warned")
    assert warned.source.text == "A senior Hamas official, Osama Hamdan"


@pytest.mark.parametrize("verb", ["said", "wrote in a note to clients that"])
def test_analysts_at_a_bank_are_the_speaker_and_the_sum_after_the_clause_is_its_own(verb):
    """Probe sentences: the parser made "Stanley" or "$" a second subject of the cue; English "said" marks no
    number, so the plural "Analysts" is not ranked after it, and the sum belongs to the reported clause."""
    (a,) = [a for a in attributions(f"Analysts at Morgan Stanley {verb} the cuts could save the company $400 "
                                    "million a year.") if a.cue.text != "save"]
    assert a.source.text == "Analysts at Morgan Stanley"
    assert a.content.text.endswith("the cuts could save the company $400 million a year")


def test_a_verb_hung_on_the_cue_with_no_name_for_the_link_holds_no_listener():
    """A probe sentence: the parser hung "bringing" on "said" as ``dep``, and the listener had been "120"
    (from "up to 120 mph")."""
    found = attributions("Hurricane Delia made landfall near Cedar Key, Florida, early Thursday as a Category 3 "
                         "storm, the National Hurricane Center said, bringing winds of up to 120 mph and a storm surge of as much "
                         "as 12 feet.")
    said = next(a for a in found if a.cue.text == "said")
    assert said.addressee is None


@pytest.mark.parametrize("clause", ["The man was taken to a hospital",
                                    "The victim, a 27-year-old man, was taken to Hennepin County Medical Center "
                                    "with injuries that were not believed to be life-threatening"])
def test_a_named_speaker_with_a_title_after_the_clause(clause):
    """Probe sentences: "Elder", not "John", had been the subject of "said" (so the clause before had no
    comma before its speaker), and an auxiliary of the clause before, hung on "said", made it passive."""
    (a,) = attributions(f"{clause}, police spokesman John Elder said.")
    assert (a.source.text, a.content.text) == ("police spokesman John Elder", clause)


def test_a_name_never_goes_on_over_a_lower_case_verb():
    """A probe passage: the recogniser took "Witnesses told local" for a name, the speaker's canonical one."""
    found = attributions("Police in Minneapolis arrested three people on Saturday after a man was shot and wounded "
                         "outside a nightclub, authorities said.\n\nThe victim, a 27-year-old man, was taken to "
                         "Hennepin County Medical Center with injuries that were not believed to be life-threatening, "
                         "police spokesman John Elder said. He said investigators were still trying to determine what "
                         "led to the shooting.\n\nWitnesses told local media that a fight had broken out inside the "
                         "club shortly before closing time.")
    assert found[-1].source.canonical == "Witnesses"


def test_a_verb_that_opens_the_sentence_after_a_quotation_is_no_cue_of_it():
    """A probe passage: the quotation after Guardiola's had gone to "Asked" (tagged a finite verb), with no
    speaker."""
    found = attributions('"It\'s a big loss, of course," Guardiola told reporters at the club\'s training ground. '
                         '"But we have players who can step up." Asked whether the club would sign a replacement in '
                         'January, he said: "I don\'t think so."')
    quoted = next(a for a in found if a.content.text.startswith('"But'))
    assert quoted.source is not None and quoted.source.canonical == "Guardiola"


def test_an_article_and_an_adjective_before_the_verb_speak():
    """A probe sentence: the parser made "The" and "Belgian" modifiers of "posted", and the report had no
    speaker."""
    (a,) = attributions('The Belgian posted on Instagram that he would "come back stronger."')
    assert a.source.text == "The Belgian"


def test_a_description_before_a_name_set_off_by_commas_speaks_with_it():
    """A probe passage: after a paragraph break the parser made "minister" a root of its own, and the speaker
    had been the name alone."""
    found = attributions('Austin "reaffirmed the support," the readout said.\n\nIran\'s foreign minister, Hossein '
                         'Amir-Abdollahian, warned that the region could "spiral out of control" if Israel pressed '
                         'ahead with a ground invasion of Gaza.')
    assert found[-1].source.text == "Iran's foreign minister, Hossein Amir-Abdollahian"


def test_a_conjunction_inside_a_relative_clause_of_the_message_ends_nothing():
    """A probe sentence: the message of "agreed" had ended at "collected", before "and kept" inside the
    relative clause on "charges"."""
    agreed = next(a for a in attributions("Microsoft agreed to pay $20 million to settle charges that it illegally "
                                          "collected and kept the personal information of children.")
                  if a.cue.text == "agreed")
    assert agreed.content.text.endswith("collected and kept the personal information of children")


def test_a_capitalised_adjective_opens_an_institutions_name():
    """A probe sentence: the canonical name had been "Central Bank", read as a person's first and last name."""
    a = only("The European Central Bank signaled on Thursday that it could cut rates as soon as June.")
    assert a.source.canonical == "European Central Bank"


def test_a_longer_name_is_not_a_name_it_ends_like():
    """"the Congressional Budget Office" had been taken for the "Oval Office" named before it, as a surname
    stands for a person's full name."""
    found = attributions("The only Democrat fighting to keep the tax is the one in the Oval Office. Back in 2009, the "
                         "Congressional Budget Office said the tax would help reduce the deficit.")
    assert found[-1].source.canonical == "Congressional Budget Office"


def test_a_gerund_with_an_article_is_no_cue():
    """A probe sentence: "the ruling" (tagged a gerund) had been a second report, its message "a blow"."""
    found = attributions("Worker advocates called the ruling a blow to low-wage employees.")
    assert [a.cue.text for a in found] == ["called"]


def test_a_verb_of_saying_kept_from_being_said_reports_nothing():
    """A probe sentence: the judge had been the speaker of "commenting on court staff"."""
    assert attributions("The judge has imposed a gag order barring Trump from commenting on court staff.") == []


def test_a_participle_between_an_article_and_its_noun_is_no_cue():
    """A probe sentence: "the proposed rule" had been a second report, "rule would let banks …" its message."""
    found = attributions("Warren argued that the proposed rule would let banks take on more risk.")
    assert [a.cue.text for a in found] == ["argued"]


def test_a_hyphenated_title_is_no_part_of_the_name():
    """The rule that a capitalised adjective opens an institution's name read "General" so and made the
    canonical name "WMO Secretary-General Petteri Taalas" (this passes on the commit before both rules)."""
    found = attributions("The World Meteorological Organization said there was a 66 percent chance that annual "
                         "temperatures would exceed the limit at least once before 2027. \"This doesn't mean we will "
                         "permanently exceed the level,\" said WMO Secretary-General Petteri Taalas.")
    assert found[-1].source.canonical == "Petteri Taalas"


def test_by_and_a_gerund_name_no_agent():
    """A probe sentence: "concealing falling demand for iPhones in China" had been the speaker of "accusing"."""
    found = attributions("Apple agreed to pay $490 million to settle a class-action lawsuit accusing Chief Executive "
                         "Tim Cook of defrauding shareholders by concealing falling demand for iPhones in China.")
    assert all(a.source is None or "concealing" not in a.source.text for a in found)


def test_a_second_verb_speaks_with_the_first_ones_speaker():
    """A probe sentence: the parser left "lashed out" without a subject, and "insisted" had no speaker."""
    found = attributions("Trump, in a series of early-morning posts on Twitter, lashed out at the moderators of the "
                         "debate and insisted that he had won.")
    insisted = next(a for a in found if a.cue.text == "insisted")
    assert insisted.source is not None and insisted.source.text == "Trump"


def test_a_numeral_that_counts_those_named_before_speaks():
    """A probe passage: "One" had been read as the generic pronoun, which names no one."""
    found = attributions("Several donors said they were frustrated with the pace of the campaign. One, who spoke on "
                         "the condition of anonymity, said the candidate had failed to build an organization.")
    assert found[-1].source is not None and found[-1].source.text == "One"


def test_a_verb_of_saying_joined_to_the_reported_clause_speaks_with_the_reporter():
    """A probe sentence: "said" (joined by the parser to "followed") had been dropped, "appeal" tagged an
    adverb leaving its message without a content word."""
    found = attributions("Defense attorneys argued that their client had followed his training and said they would "
                         "appeal.")
    said = next(a for a in found if a.cue.text == "said")
    assert (said.source.text, said.content.text) == ("Defense attorneys", "they would appeal")


def test_a_verdict_in_quotation_marks_ends_before_a_gerund_of_saying():
    """A probe sentence: the message of "dismissed" had run on over "adding" and its clause."""
    found = attributions('A Kremlin spokesman dismissed the report as "fake news," adding that Moscow had no plans to '
                         'send troops.')
    dismissed = next(a for a in found if a.cue.text == "dismissed")
    assert dismissed.content.text == 'the report as "fake news,"'


def test_she_does_not_stand_for_a_speaker_named_mr():
    """"She" had resolved to the latest speaker, "Mr. Trump"."""
    found = attributions("Mrs. Clinton said the plan would create jobs. Mr. Trump said the plan was a disaster. She "
                         "added that she would release details next week.")
    assert found[-1].source.canonical == "Clinton"


@pytest.mark.parametrize("sentence, message", [
    ("Critics accused him of rewriting history.", "him of rewriting history"),
    ("Clinton accused Trump of sexism.", "Trump of sexism")])
def test_the_one_accused_is_told_with_the_charge(sentence, message):
    """A probe sentence: a pronoun or a name accused had been left out of the message (PolNeAR marks "him of
    sexism", as it does "the administration of caving")."""
    assert only(sentence).content.text == message


@pytest.mark.parametrize("text, cue, source", [
    # the controller of a verb of saying in a subordinate clause
    ("The much-anticipated meeting unfolded Thursday morning as more Republicans have begun urging the party to put "
     "the extraordinary discord behind.", "urging", "more Republicans"),
    # a name the tagger took for an adverb, right before the verb
    ("Jolly said he has worked with Republicans and Democrats on legislation.", "said", "Jolly"),
    # an active perfect infinitive after a form of "be" is no passive
    ("Cruz is the only top-tier contender here to have pledged to visit every Iowa county.", "pledged", "Cruz"),
])
def test_who_speaks_in_a_complement_after_a_name_tagged_adverb_and_after_be(text, cue, source):
    """PolNeAR train sentences whose reports had no speaker."""
    found = next(a for a in attributions(text) if a.cue.text == cue)
    assert found.source is not None and found.source.text == source


def test_a_participle_after_an_object_is_not_said_by_the_clause_s_subject():
    """"arrested a Canadian citizen | suspected | of links": the parser made "suspected" the complement of
    "arrested", and the authorities had been its speaker (and the separatists its listener)."""
    found = attributions("Indian authorities arrested a Canadian citizen suspected of links to Sikh separatists.")
    assert all(a.source is None for a in found)
