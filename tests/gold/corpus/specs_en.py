"""Hand-written English story specs for the labelled corpus (invented events and people).

One key here (``gempa-maluku-en-id``) is also told in Indonesian: the same earthquake
covered by outlets in both languages must end up in one story.
"""

from __future__ import annotations

from spec import Story

STORIES_EN: list[Story] = [
    Story(
        key="ferry-lombok",
        lang="en",
        when="2024-03-11T08:00:00+08:00",
        city="Mataram",
        heads=[
            "Ferry Runs Aground off Gili Trawangan, 212 Passengers Rescued",
            "All 212 Safe After KM Samudra Jaya Hits Reef near Lombok",
            "Lombok Ferry Grounding Blamed on Low Tide, Harbourmaster Says",
        ],
        lead=[
            "A passenger ferry carrying 212 people ran aground near Gili Trawangan, off the "
            "northwest coast of Lombok, on Monday morning.",
            "The KM Samudra Jaya hit a reef off Gili Trawangan, Lombok, early on Monday with 212 "
            "passengers on board.",
        ],
        body=[
            [
                "Harbourmaster Ketut Wirawan said every passenger was taken to Bangsal port by "
                "rescue boats within three hours.",
                "All passengers reached Bangsal port on rescue boats in under three hours, "
                "harbourmaster Ketut Wirawan said.",
            ],
            [
                "He blamed an unusually low tide and said the captain would be questioned.",
                "Wirawan pointed to a very low tide and said the vessel's captain would be "
                "questioned.",
            ],
            [
                "Four passengers were treated for minor injuries at Tanjung health centre.",
                "Medics at Tanjung health centre treated four people for light injuries.",
            ],
            [
                "The ferry was sailing from Padang Bai in Bali when it struck the reef.",
                "The vessel had left Padang Bai, Bali, bound for the Gili islands.",
            ],
        ],
    ),
    Story(
        key="cargo-batam",
        lang="en",
        when="2024-03-11T10:00:00+07:00",
        city="Batam",
        heads=[
            "Cargo Ship Aground near Batam, Crew of 18 Safe",
            "MV Bintang Timur Drifts onto Sandbank off Pulau Galang",
            "Engine Failure Leaves Cargo Ship Stuck off Batam",
        ],
        lead=[
            "A cargo ship with 18 crew ran aground near Pulau Galang, south of Batam, on Monday "
            "after losing engine power.",
            "The MV Bintang Timur drifted onto a sandbank off Pulau Galang, Batam, on Monday "
            "morning.",
        ],
        body=[
            [
                "Port official Rudi Hartono said the crew were brought to Sekupang harbour "
                "unharmed.",
                "All 18 crew members were taken to Sekupang unharmed, port official Rudi Hartono "
                "said.",
            ],
            [
                "The ship was carrying 3,400 tonnes of cement from Tanjung Priok.",
                "It was loaded with 3,400 tonnes of cement shipped from Tanjung Priok.",
            ],
            [
                "Tugboats will try to refloat the vessel at high tide on Tuesday.",
                "Salvage crews plan to pull the ship free with tugboats at Tuesday's high tide.",
            ],
            [
                "No oil spill has been detected, the Riau Islands environment agency said.",
            ],
        ],
    ),
    Story(
        key="mrt-singapore",
        lang="en",
        when="2024-07-02T09:30:00+08:00",
        city="Singapore",
        heads=[
            "Power Fault Halts East-West Line, Thousands of Commuters Stranded",
            "Singapore MRT Disruption Hits Morning Rush Hour",
            "SMRT Apologises After Two-Hour East-West Line Outage",
        ],
        lead=[
            "A power fault halted trains on Singapore's East-West Line for more than two hours "
            "during Tuesday's morning rush.",
            "Thousands of commuters were stranded on Tuesday morning when a power fault stopped "
            "trains between Jurong East and Queenstown.",
        ],
        body=[
            [
                "Operator SMRT said the fault was detected at 7.12am near Clementi station.",
                "SMRT said the fault was found at 7.12am close to Clementi station.",
            ],
            [
                "Free bus bridging services ran between Jurong East and Queenstown.",
                "Bridging buses were deployed free of charge between the affected stations.",
            ],
            [
                "SMRT chief executive Lim Wee Kiat apologised and said engineers replaced a "
                "damaged power cable.",
                "Lim Wee Kiat, SMRT's chief executive, apologised and said a damaged cable had "
                "been "
                "replaced.",
            ],
            [
                "The Land Transport Authority said it would investigate the incident.",
            ],
        ],
    ),
    Story(
        key="lrt-kualalumpur",
        lang="en",
        when="2024-07-02T18:30:00+08:00",
        city="Kuala Lumpur",
        heads=[
            "Kelana Jaya LRT Line Suspended After Signalling Glitch",
            "Evening Chaos as Kuala Lumpur LRT Stops for Three Hours",
            "Rapid Rail Blames Software Update for LRT Breakdown",
        ],
        lead=[
            "A signalling glitch suspended services on Kuala Lumpur's Kelana Jaya LRT line for "
            "three hours on Tuesday evening.",
            "Trains on the Kelana Jaya line stopped at the height of the evening rush on Tuesday "
            "because of a signalling fault.",
        ],
        body=[
            [
                "Rapid Rail said a software update to the signalling system caused the fault.",
                "Operator Rapid Rail blamed a faulty software update to its signalling system.",
            ],
            [
                "Transport minister Anthony Loke ordered a full report within 48 hours.",
                "Anthony Loke, the transport minister, demanded a report within 48 hours.",
            ],
            [
                "About 60,000 passengers were affected, according to Rapid Rail.",
                "Rapid Rail estimated that 60,000 passengers were hit by the stoppage.",
            ],
            [
                "Shuttle buses ran between Ampang Park and Kerinchi stations.",
            ],
        ],
    ),
    Story(
        key="jci-record",
        lang="en",
        when="2024-09-19T16:30:00+07:00",
        city="Jakarta",
        heads=[
            "Jakarta Stocks Close at Record High After Fed Cut",
            "JCI Breaks 7,900 as Foreign Investors Return",
            "Indonesian Shares Hit All-Time High, Rupiah Strengthens",
        ],
        lead=[
            "The Jakarta Composite Index closed at a record 7,905 on Thursday, a day after the US "
            "Federal Reserve cut interest rates.",
            "Indonesian shares ended Thursday at an all-time high of 7,905 points following the "
            "Fed's rate cut.",
        ],
        body=[
            [
                "Foreign investors bought a net 1.9 trillion rupiah of shares during the session.",
                "Net foreign buying reached 1.9 trillion rupiah, exchange data showed.",
            ],
            [
                "Bank stocks led the gains, with Bank Rakyat Indonesia up 3.2 percent.",
                "Banks led the rally; Bank Rakyat Indonesia rose 3.2 percent.",
            ],
            [
                "The rupiah strengthened to 15,180 per dollar.",
                "The rupiah firmed to 15,180 against the dollar.",
            ],
            [
                "Analyst Maria Sutedja of Mandalika Securities said the rally could continue if "
                "Bank Indonesia also eases.",
            ],
        ],
    ),
    Story(
        key="bali-airport-ash",
        lang="en",
        when="2024-11-12T10:00:00+08:00",
        city="Denpasar",
        heads=[
            "Bali Airport Closed as Lewotobi Ash Drifts West",
            "Dozens of Flights Cancelled at Ngurah Rai over Volcanic Ash",
            "Travellers Stranded in Bali After Volcano Erupts in Flores",
        ],
        lead=[
            "Bali's Ngurah Rai International Airport closed on Tuesday as ash from an eruption of "
            "Mount Lewotobi Laki-laki in Flores drifted west.",
            "Ash from Mount Lewotobi Laki-laki forced the closure of Ngurah Rai airport in Bali on "
            "Tuesday.",
        ],
        body=[
            [
                "Airport spokesman Putu Arya Wibawa said 84 flights were cancelled.",
                "A total of 84 flights were cancelled, airport spokesman Putu Arya Wibawa said.",
            ],
            [
                "The volcano sent an ash column nine kilometres into the sky late on Monday.",
                "The eruption late on Monday produced a column of ash nine kilometres high.",
            ],
            [
                "Jetstar and Virgin Australia suspended flights between Australia and Bali.",
                "Australian carriers Jetstar and Virgin Australia halted their Bali services.",
            ],
            [
                "The airport is expected to reopen on Wednesday morning if the ash clears.",
            ],
        ],
    ),
    Story(
        key="palm-oil-levy",
        lang="en",
        when="2024-05-15T14:00:00+07:00",
        city="Jakarta",
        heads=[
            "Indonesia Raises Palm Oil Export Levy to Fund Biodiesel",
            "Palm Oil Exporters Face Higher Levy from June",
            "Government Lifts CPO Export Levy to 10 Percent",
        ],
        lead=[
            "Indonesia will raise its crude palm oil export levy to 10 percent from June 1, the "
            "finance ministry said on Wednesday.",
            "The export levy on crude palm oil will rise to 10 percent of the reference price "
            "from June 1, Indonesia's finance ministry announced on Wednesday.",
        ],
        body=[
            [
                "The extra revenue will fund the B40 biodiesel programme, ministry official Rina "
                "Hapsari said.",
                "Rina Hapsari of the finance ministry said the money would pay for the B40 "
                "biodiesel mandate.",
            ],
            [
                "The levy currently stands at 7.5 percent.",
                "Exporters now pay 7.5 percent.",
            ],
            [
                "The Indonesian Palm Oil Association warned the increase could cut farmers' "
                "income.",
                "Industry group GAPKI said higher levies would hurt smallholder farmers.",
            ],
            [
                "Malaysian palm oil futures rose 1.4 percent after the announcement.",
            ],
        ],
    ),
    Story(
        key="indonesia-vietnam-football",
        lang="en",
        when="2024-03-21T22:30:00+07:00",
        city="Jakarta",
        heads=[
            "Indonesia Beat Vietnam 1-0 in World Cup Qualifier",
            "Egy Maulana's Strike Sinks Vietnam at Gelora Bung Karno",
            "Indonesia Move Second in Group F After Win over Vietnam",
        ],
        lead=[
            "Indonesia beat Vietnam 1-0 in a World Cup qualifier at the Gelora Bung Karno stadium "
            "in Jakarta on Thursday.",
            "A single goal from Egy Maulana Vikri gave Indonesia a 1-0 win over Vietnam in Jakarta "
            "on Thursday night.",
        ],
        body=[
            [
                "Egy Maulana Vikri scored in the 52nd minute after a cross from Sandy Walsh.",
                "The winner came in the 52nd minute when Egy Maulana Vikri converted Sandy Walsh's "
                "cross.",
            ],
            [
                "Coach Shin Tae-yong praised his defence for keeping a clean sheet.",
                "Shin Tae-yong said his defenders deserved credit for the clean sheet.",
            ],
            [
                "The result lifts Indonesia to second in Group F with four points.",
                "Indonesia now have four points and sit second in Group F.",
            ],
            [
                "A crowd of 64,000 attended the match.",
            ],
        ],
    ),
    Story(
        key="typhoon-luzon",
        lang="en",
        when="2024-10-24T12:00:00+08:00",
        city="Manila",
        heads=[
            "Typhoon Kristine Leaves 46 Dead in the Philippines",
            "Floods Swamp Bicol as Typhoon Kristine Crosses Luzon",
            "Philippines Suspends Classes as Kristine Batters Luzon",
        ],
        lead=[
            "Typhoon Kristine has killed at least 46 people in the Philippines, disaster officials "
            "said on Thursday, as floods swamped the Bicol region.",
            "At least 46 people died as Typhoon Kristine crossed northern Luzon, the national "
            "disaster agency said on Thursday.",
        ],
        body=[
            [
                "Most deaths were in Camarines Sur, where rivers burst their banks.",
                "The province of Camarines Sur accounted for most of the deaths after rivers "
                "overflowed.",
            ],
            [
                "Civil defence spokesman Diego Mariano said 21 people were still missing.",
                "Another 21 people are missing, according to civil defence spokesman Diego "
                "Mariano.",
            ],
            [
                "More than 150,000 people were moved to evacuation centres.",
                "Over 150,000 residents were sheltering in evacuation centres.",
            ],
            [
                "Classes and government work were suspended across Luzon.",
            ],
        ],
    ),
    Story(
        key="startup-layoffs",
        lang="en",
        when="2024-06-06T11:00:00+07:00",
        city="Jakarta",
        heads=[
            "Jakarta Startup Pasarku Cuts 30 Percent of Staff",
            "E-grocery Firm Pasarku Lays Off 420 Employees",
            "Funding Squeeze Forces Pasarku to Shed Jobs, Exit Surabaya",
        ],
        lead=[
            "Jakarta-based online grocery startup Pasarku is laying off 420 employees, about 30 "
            "percent of its workforce, the company said on Thursday.",
            "Pasarku, an Indonesian e-grocery startup, will cut 420 jobs, or roughly 30 percent of "
            "staff, it announced on Thursday.",
        ],
        body=[
            [
                "Chief executive Dimas Prakoso said the company would close its Surabaya "
                "warehouse.",
                "Dimas Prakoso, the chief executive, said the Surabaya warehouse would shut.",
            ],
            [
                "The startup raised 65 million dollars in 2022 but has struggled to secure new "
                "funding.",
                "Pasarku raised 65 million dollars two years ago and has since failed to find new "
                "investors.",
            ],
            [
                "Departing staff will receive three months of salary.",
                "Those leaving will get three months' pay.",
            ],
            [
                "Several Indonesian startups have cut jobs this year as investors pull back.",
            ],
        ],
    ),
    Story(
        key="tiger-bengkulu",
        lang="en",
        when="2024-02-08T15:00:00+07:00",
        city="Bengkulu",
        heads=[
            "Sumatran Tiger Kills Farmer in Bengkulu Plantation",
            "Villagers Told to Avoid Forest Edge After Fatal Tiger Attack",
            "Conservation Agency Sets Traps After Tiger Attack in Seluma",
        ],
        lead=[
            "A Sumatran tiger killed a farmer on a rubber plantation in Seluma regency, Bengkulu "
            "province, on Wednesday, officials said.",
            "A 52-year-old farmer was killed by a Sumatran tiger in Seluma, Bengkulu, on Wednesday "
            "morning.",
        ],
        body=[
            [
                "The victim, Sarwono, 52, was tapping rubber when he was attacked.",
                "Sarwono was tapping rubber trees when the tiger struck.",
            ],
            [
                "Bengkulu conservation agency head Said Jauhari said two cage traps had been set.",
                "Said Jauhari, who heads the Bengkulu conservation agency, said two traps were in "
                "place.",
            ],
            [
                "Residents of Talang Empat village were told not to enter the forest edge alone.",
                "Talang Empat villagers were warned not to go near the forest alone.",
            ],
            [
                "Fewer than 600 Sumatran tigers are thought to remain in the wild.",
            ],
        ],
    ),
    Story(
        key="malaria-papua",
        lang="en",
        when="2024-08-14T10:00:00+09:00",
        city="Jayapura",
        heads=[
            "Malaria Cases Surge in Papua's Keerom Regency",
            "Keerom Declares Malaria Outbreak After 1,340 Cases",
            "Health Teams Sent to Keerom as Malaria Spreads",
        ],
        lead=[
            "Keerom regency in Papua has declared a malaria outbreak after recording 1,340 cases "
            "in July, health officials said on Wednesday.",
            "Health officials in Keerom, Papua, said on Wednesday that 1,340 malaria cases were "
            "recorded in July, prompting an outbreak declaration.",
        ],
        body=[
            [
                "Keerom health office head Yohana Wenda said three children had died.",
                "Three children have died, said Yohana Wenda, head of the Keerom health office.",
            ],
            [
                "The health ministry is sending 25,000 bed nets and rapid test kits.",
                "Some 25,000 mosquito nets and test kits are being shipped by the health ministry.",
            ],
            [
                "Cases were concentrated in the Arso and Skanto districts.",
                "Most infections were in Arso and Skanto districts.",
            ],
            [
                "Heavy rain has left stagnant water around villages, officials said.",
            ],
        ],
    ),
    Story(
        key="gempa-maluku-en-id",
        lang="en",
        when="2024-09-17T07:00:00+09:00",
        city="Ternate",
        heads=[
            "6.1 Quake Strikes Halmahera Barat, Residents Flee to Hills",
            "Tsunami Warning Lifted After Strong Quake in North Maluku",
            "210 Homes Damaged as Earthquake Hits Jailolo",
        ],
        lead=[
            "A magnitude 6.1 earthquake struck Halmahera Barat regency in North Maluku province "
            "early on Tuesday, sending residents of Jailolo to higher ground.",
            "A 6.1 magnitude quake hit Halmahera Barat, North Maluku, before dawn on Tuesday.",
        ],
        body=[
            [
                "Indonesia's geophysics agency BMKG lifted a tsunami warning 40 minutes after the "
                "quake.",
                "BMKG cancelled its tsunami warning after 40 minutes.",
            ],
            [
                "The Halmahera Barat disaster agency said 210 homes were damaged and two people "
                "injured.",
                "Two people were hurt and 210 houses damaged, according to the Halmahera Barat "
                "disaster agency.",
            ],
            [
                "Agency chief Fandi Soamole urged Jailolo residents to stay alert for aftershocks.",
                "Fandi Soamole, head of the local disaster agency, warned of aftershocks.",
            ],
        ],
    ),
    Story(
        key="wildfire-sumbawa",
        lang="en",
        when="2024-09-17T15:00:00+08:00",
        city="Sumbawa",
        heads=[
            "Grassland Fire on Mount Tambora Burns 180 Hectares",
            "Hikers Evacuated as Fire Spreads on Tambora Slopes",
            "Tambora National Park Closes Trails over Blaze",
        ],
        lead=[
            "A fire has burned 180 hectares of grassland on the slopes of Mount Tambora on "
            "Sumbawa island, park officials said on Tuesday.",
            "Fire spread across 180 hectares of savanna on Mount Tambora, Sumbawa, on Tuesday.",
        ],
        body=[
            [
                "Tambora National Park head Deny Rahadi said 37 hikers were evacuated from the "
                "Pancasila trail.",
                "Some 37 hikers were brought down from the Pancasila route, park head Deny Rahadi "
                "said.",
            ],
            [
                "All climbing trails will stay closed until the fire is out.",
                "The park closed every trail until the blaze is extinguished.",
            ],
            [
                "Strong dry-season winds pushed the flames towards Doropeti village.",
                "Dry winds drove the fire towards the village of Doropeti.",
            ],
            [
                "Firefighters cut breaks with hand tools because the terrain is too steep for "
                "vehicles.",
            ],
        ],
    ),
]
