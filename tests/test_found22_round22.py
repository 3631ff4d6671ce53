"""Round 22: incident-log phrasings of violence, threats and seizures that coded no event (Insecurity Insight)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text, sub_event_type", [
    # shooting told in incident-log words
    ("June 2022: A charity pulled out its staff after gunmen gunfired into the clinic.", "Attack"),
    ("12 May 2024: Nurses inside a besieged field hospital said snipers were aiming at the ward.", "Attack"),
    ("November 2023: A clinic was unable to repair its water pump because of sniper fire.", "Attack"),
    # contempt on the body, an army vehicle driven into an ambulance, skunk water on homes
    ("October 2021: Two vaccinators were filmed and spat on while at work.", "Attack"),
    ("14 February 2024: In a refugee camp, an army jeep crashed into an ambulance, damaging it.", "Attack"),
    ("26 January 2024: In a refugee camp, homes of residents were sprayed with skunk water by soldiers.", "Attack"),
    # street robbery and goods removed by people unnamed
    ("April 2020: Three nurses were mugged of their staff cards near a clinic.", "Looting/property destruction"),
    ("May 2020: Two paramedics lost their badges in a failed mugging.", "Looting/property destruction"),
    ("July 2021: Medical assets of a charity were removed by unidentified perpetrators.",
     "Looting/property destruction"),
    ("September 2022: The home of a nurse was sealed and seized by the army.", "Looting/property destruction"),
    ("October 2022: Soldiers started taking out the equipment from two art schools.", "Looting/property destruction"),
    # liquid thrown or sprayed on a person
    ("May 2021: A midwife had paint thinner thrown over her on her way to the clinic.", "Attack"),
    ("June 2023: A charity worker had an unknown liquid sprayed on her by a man on a scooter.", "Attack"),
    # staff held at a barrier
    ("February 2023: A truck of a food charity was held by local police at a checkpoint for a day.", "Arrests"),
    # health workers abused in the street, and facilities entered or levelled by force
    ("May 2020: A paramedic was spat at and called a plague carrier by a passer-by.", "Attack"),
    ("May 2020: A junior nurse was doused with hot tea by a man who blamed her for the virus.", "Attack"),
    ("March 2020: A man on a bicycle threw bleach on a midwife near the market.", "Attack"),
    ("September 2021: Armed robbers broke into a rural health centre at night.", "Looting/property destruction"),
    ("March 2024: An oncology clinic was flattened by an army bulldozer.", "Looting/property destruction"),
    ("November 2020: A quarantine ward was invded by an unknown armed group.", "Attack"),
])
def test_incident_log_violence_is_an_event(pipeline, text, sub_event_type):
    found = events(pipeline, text, published="2024-03-01")
    assert sub_event_type in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text", [
    # threats and mining of facilities, hoaxes included
    "June 2021: A midwife was abused, shut out and threatened by her landlord after she came home from work.",
    "12 August 2023: Several schools were subjected to mine threats.",
    "13 August 2023: Clinics were under threat of mining.",
    "October 2020: A clinic shut down because of threats against its staff.",
    "29 March 2022: A village clinic was mined by the retreating troops.",
    "April 2024: Soldiers planted explosives inside a maternity clinic.",
    "December 2023: About 300 people were forced to leave a clinic at gunpoint.",
])
def test_incident_log_threats_are_an_event(pipeline, text):
    assert events(pipeline, text, published="2024-03-01")

