"""Armed groups, criminal groups and state forces of the gazetteer entries
(data/gazetteer/groups.yaml, forces.yaml): each is recognised by a name news prints and, in a
sentence of violence, is found as its attacker. Sentences written for these tests."""
import pytest

ATTACKS = [
    ("Fighters of Islamic State Sahel Province killed 12 villagers near Menaka.", "ISIS_GREATER_SAHARA"),
    ("Ansarul Islam militants attacked a gendarmerie post in Soum province.", "ANSARUL_ISLAM"),
    ("Katiba Macina fighters attacked a village in the Mopti region.", "KATIBA_MACINA"),
    ("The CSP-DPA shot down a Malian army drone in Kidal region.", "CSP_DPA"),
    ("Ansaru gunmen abducted six travellers in Kaduna state.", "ANSARU"),
    ("Lakurawa militants killed 15 herders in Kebbi state.", "LAKURAWA"),
    ("Eastern Security Network gunmen attacked a police station in Imo state.", "ESN"),
    ("Ambazonia Defence Forces fighters kidnapped a teacher in Bamenda.", "AMBAZONIA_ADF"),
    ("The Allied Democratic Forces killed 40 villagers in Beni territory.", "ADF"),
    ("M23 rebels shelled the outskirts of Goma on Sunday.", "M23"),
    ("CODECO militiamen attacked a displacement camp in Djugu territory.", "CODECO"),
    ("FDLR fighters ambushed a Congolese army patrol in Rutshuru.", "FDLR"),
    ("Wazalendo fighters attacked M23 positions near Sake.", "WAZALENDO"),
    ("The Coalition of Patriots for Change attacked a military post near Bossangoa.", "CPC_CAR"),
    ("SPLM-N fighters shelled Kadugli on Tuesday.", "SPLM_N"),
    ("The Justice and Equality Movement attacked an RSF base in North Darfur.", "SDN_JEM"),
    ("Fano militiamen ambushed federal troops near Bahir Dar.", "FANO"),
    ("The Oromo Liberation Army kidnapped 20 bus passengers in Oromia.", "OLA"),
    ("Islamic State Mozambique militants beheaded four farmers in Cabo Delgado.", "ISIS_MOZAMBIQUE"),
    ("Asaib Ahl al-Haq fighters fired rockets at a US base near Baghdad.", "ASAIB"),
    ("Harakat al-Nujaba launched drones at an American base in Syria.", "NUJABA"),
    ("The Islamic Resistance in Iraq fired drones at the port of Eilat.", "IRI_IRAQ"),
    ("Hurras al-Din militants attacked a Syrian army post in Latakia.", "HURRAS_AL_DIN"),
    ("Turkistan Islamic Party fighters shelled a village in Hama province.", "TIP"),
    ("Jaish al-Adl gunmen attacked a police station in Rask.", "JAISH_AL_ADL"),
    ("PJAK fighters attacked a Revolutionary Guards post in Kurdistan province.", "PJAK"),
    ("Lions' Den gunmen opened fire on an Israeli army post near Nablus.", "LIONS_DEN"),
    ("Jenin Brigade fighters detonated a bomb under an Israeli army jeep.", "JENIN_BRIGADE"),
    ("The National Resistance Front attacked a Taliban checkpoint in Panjshir.", "NRF_AFG"),
    ("The Balochistan Liberation Army attacked a passenger train in Bolan.", "BLA"),
    ("The Baloch Liberation Front attacked a Frontier Corps camp in Kech.", "BLF"),
    ("Lashkar-e-Jhangvi militants bombed a Shia mosque in Quetta.", "LEJ"),
    ("Hizbul Mujahideen militants attacked an army camp in Kupwara.", "HIZBUL"),
    ("The Resistance Front gunmen killed a shopkeeper in Srinagar.", "TRF"),
    ("CPI (Maoist) cadres ambushed a police team in Bijapur.", "CPI_MAOIST"),
    ("ULFA-I militants attacked an army camp in Tinsukia.", "ULFA"),
    ("The Arakan Army captured a military base in Buthidaung.", "ARAKAN_ARMY"),
    ("The Kachin Independence Army shelled a junta camp near Bhamo.", "KIA"),
    ("The Ta'ang National Liberation Army attacked a military base in Lashio.", "TNLA"),
    ("MNDAA fighters attacked junta positions in Laukkai.", "MNDAA"),
    ("People's Defence Force fighters ambushed a military convoy in Sagaing.", "PDF_MMR"),
    ("The Karen National Liberation Army attacked a junta outpost near Myawaddy.", "KNU"),
    ("New People's Army rebels ambushed a police patrol in Samar.", "NPA"),
    ("Abu Sayyaf militants kidnapped four sailors off Sulu.", "ABU_SAYYAF"),
    ("BIFF militants attacked an army detachment in Maguindanao.", "BIFF"),
    ("Dawlah Islamiyah militants bombed a bus in Lanao del Sur.", "DAWLAH_ISLAMIYAH"),
    ("MILF fighters clashed with soldiers in Basilan.", "MILF"),
    ("FARC-EMC dissidents attacked a police station in Cauca.", "FARC_EMC"),
    ("Segunda Marquetalia fighters killed two soldiers in Narino.", "FARC_SEGUNDA_MARQUETALIA"),
    ("The Gulf Clan killed three police officers in Antioquia.", "CLAN_DEL_GOLFO"),
    ("Sinaloa Cartel gunmen killed a journalist in Culiacan.", "SINALOA_CARTEL"),
    ("CJNG gunmen ambushed state police officers in Michoacan.", "CJNG"),
    ("Gulf Cartel gunmen kidnapped four Americans in Matamoros.", "GULF_CARTEL"),
    ("Los Zetas gunmen killed 72 migrants in Tamaulipas.", "LOS_ZETAS"),
    ("La Familia Michoacana gunmen ambushed police officers in Mexico State.", "FAMILIA_MICHOACANA"),
    ("Carteles Unidos gunmen attacked soldiers with explosive drones in Michoacan.", "CARTELES_UNIDOS"),
    ("Tren de Aragua members kidnapped a Venezuelan dissident in Santiago.", "TREN_DE_ARAGUA"),
    ("Mara Salvatrucha members killed a bus driver in San Salvador.", "MS13"),
    ("Barrio 18 gang members shot dead two teenagers in Guatemala City.", "BARRIO_18"),
    ("Los Choneros gunmen stormed a television studio in Guayaquil.", "LOS_CHONEROS"),
    ("Los Lobos members killed six inmates in a prison in Guayaquil.", "LOS_LOBOS"),
    ("Members of the Primeiro Comando da Capital attacked a prison in Sao Paulo state.", "PCC_BRAZIL"),
    ("Comando Vermelho gunmen attacked a police patrol in Rio de Janeiro.", "COMANDO_VERMELHO"),
    ("Viv Ansanm gangs attacked the national penitentiary in Port-au-Prince.", "VIV_ANSANM"),
    ("400 Mawozo gang members kidnapped a group of missionaries near Port-au-Prince.", "MAWOZO"),
    ("Gran Grif gang members killed 70 residents in Pont-Sonde.", "GRAN_GRIF"),
    ("The New IRA shot a police officer in Omagh.", "NEW_IRA"),
    ("The Camorra killed a businessman in Naples.", "CAMORRA"),
    ("The Russian Volunteer Corps attacked border villages in the Belgorod region.", "RVC"),
    ("The Freedom of Russia Legion raided a village in the Belgorod region.", "FREEDOM_OF_RUSSIA_LEGION"),
    ("FAMa soldiers killed 20 civilians in Moura.", "MLI-MIL"),
    ("VDP fighters killed six suspected jihadists in Yatenga.", "BFA-VDP"),
    ("FARDC troops shelled M23 positions near Kibumba.", "COD-MIL"),
    ("ENDF soldiers killed 45 civilians in Merawi.", "ETH-MIL"),
    ("The Tatmadaw bombed a school in Sagaing region.", "MMR-MIL"),
    ("BSF troops shot dead a smuggler on the Bangladesh border.", "IND-BSF"),
    ("CRPF personnel killed two Maoists in Sukma.", "IND-CRPF"),
    ("NYPD officers shot a man in the Bronx on Tuesday.", "NYPD"),
    ("LAPD officers shot and killed a man in Van Nuys.", "LAPD"),
    ("Chicago police shot a teenager on the South Side.", "CHICAGO_PD"),
    ("Rosgvardia officers detained protesters in Moscow.", "RUS-ROSGVARDIA"),
]
# recognised by name (sentences of other acts, or targets)
NAMED = [
    ("IPOB ordered a sit-at-home in the south-east.", "IPOB"),
    ("TPLF leaders met in Mekelle.", "TPLF"),
    ("The Southern Transitional Council took control of Aden.", "STC_YEMEN"),
    ("The 'Ndrangheta controls much of the cocaine trade into Europe.", "NDRANGHETA"),
    ("Cosa Nostra bosses were arrested in Palermo.", "COSA_NOSTRA"),
    ("G9 an Fanmi leader Jimmy Cherizier spoke to reporters.", "G9_HAITI"),
    ("Gunmen attacked a Burkinabe army convoy near Djibo.", "BFA-MIL"),
    ("Jihadists ambushed Nigerien army troops near Tillaberi.", "NER-MIL"),
    ("The DSS arrested a journalist in Abuja.", "NGA-DSS"),
    ("Boko Haram killed three members of the Civilian JTF in Borno.", "CJTF_NGA"),
    ("Al-Shabaab attacked Somali National Army troops near Jowhar.", "SOM-MIL"),
    ("Al-Shabaab attacked an ATMIS base in Lower Shabelle.", "ATMIS"),
    ("Protesters stormed a MONUSCO base in Goma.", "MONUSCO"),
    ("Separatists ambushed BIR soldiers in the Northwest region.", "CMR-BIR"),
    ("Militants attacked a Frontier Corps convoy in Balochistan.", "PAK-FC"),
    ("NPA rebels ambushed Armed Forces of the Philippines troops in Samar.", "PHL-MIL"),
    ("Gangs attacked the Haitian National Police in Port-au-Prince.", "HTI-POL"),
    ("Kenyan officers of the Multinational Security Support Mission patrolled Port-au-Prince.", "MSS_HAITI"),
    ("Cartel gunmen ambushed members of Mexico's National Guard in Guanajuato.", "MEX-GN"),
    ("BOPE officers raided a favela in Rio de Janeiro.", "BRA-BOPE"),
    ("The Metropolitan Police arrested two men over the stabbing.", "GBR-MET"),
    ("Anti-balaka militiamen attacked a mosque in Bangui.", "ANTI_BALAKA"),
]


def keys_of(analysis) -> set[str]:
    return {m.entity for m in analysis.mentions}


@pytest.mark.parametrize("text, gid", ATTACKS + NAMED)
def test_the_entry_is_recognised_by_a_name_news_prints(text, gid, analyse_text):
    assert f"gaz:{gid}" in keys_of(analyse_text(text))


@pytest.mark.parametrize("text, gid", ATTACKS)
def test_the_entry_is_the_attacker_of_its_attack(text, gid, analyse_text):
    analysis = analyse_text(text)
    found = [(e.subject, e.object) for e in analysis.events if e.type in ("ASSAULT", "COERCE")]
    assert any(subject == f"gaz:{gid}" for subject, _ in found), found
