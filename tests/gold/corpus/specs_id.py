"""Hand-written Indonesian story specs for the labelled corpus (invented events and people).

Each story gives the facts in a few sentences, every sentence with one or two wordings;
``render.py`` turns a spec into each outlet's version. Stories come in groups of
look-alikes on the same day (two floods, two earthquakes, two matches...) so that the
clusterer must tell events apart by their names, places and numbers, not their topic.
"""

from __future__ import annotations

from spec import Story

STORIES_ID: list[Story] = [
    Story(
        key="banjir-garut",
        lang="id",
        when="2024-03-11T07:30:00+07:00",
        city="Garut",
        heads=[
            "Banjir Rendam 340 Rumah di Tarogong Kidul Garut",
            "Cimanuk Meluap, 1.150 Warga Garut Mengungsi",
            "Ribuan Warga Tarogong Kidul Tinggalkan Rumah karena Banjir",
        ],
        lead=[
            "Banjir merendam sedikitnya 340 rumah di Kecamatan Tarogong Kidul, Kabupaten Garut, "
            "Jawa Barat, Senin (11/3/2024) pagi.",
            "Sungai Cimanuk meluap dan merendam 340 rumah warga di Tarogong Kidul, Garut, pada "
            "Senin pagi setelah hujan deras mengguyur sejak Minggu malam.",
        ],
        body=[
            [
                "Kepala Pelaksana BPBD Garut Dadang Suherman mengatakan 1.150 warga mengungsi ke "
                "GOR Ciateul.",
                "Sebanyak 1.150 warga diungsikan ke GOR Ciateul, kata Kepala Pelaksana BPBD Garut "
                "Dadang Suherman.",
            ],
            [
                "Ketinggian air di permukiman sempat mencapai 1,5 meter.",
                "Di beberapa titik, air setinggi satu setengah meter masuk ke rumah warga.",
            ],
            [
                "\u201cKami sudah mendirikan dapur umum dan menyiagakan perahu karet,\u201d ujar "
                "Dadang.",
                "\u201cDapur umum sudah berdiri dan perahu karet kami siagakan,\u201d kata Dadang "
                "kepada wartawan.",
            ],
            [
                "Tidak ada korban jiwa dalam peristiwa ini, namun dua warga lansia dirawat di "
                "RSUD dr. Slamet karena kelelahan.",
                "Dua warga lanjut usia dilarikan ke RSUD dr. Slamet, sementara korban jiwa nihil.",
            ],
            [
                "Warga Kampung Cimacan, Euis Rohaeti, mengaku baru sempat menyelamatkan "
                "surat-surat "
                "penting.",
                "Euis Rohaeti, warga Kampung Cimacan, mengatakan hanya sempat membawa dokumen "
                "keluarga.",
            ],
            [
                "BMKG memperkirakan hujan lebat masih akan turun di Garut hingga Rabu.",
            ],
        ],
    ),
    Story(
        key="banjir-sintang",
        lang="id",
        when="2024-03-11T09:00:00+07:00",
        city="Sintang",
        heads=[
            "Banjir Landa Sepauk Sintang, 520 Rumah Terendam",
            "Sungai Sepauk Meluap, 870 Warga Sintang Mengungsi",
            "Air Dua Meter Genangi Desa Nanga Pari",
        ],
        lead=[
            "Banjir melanda Kecamatan Sepauk, Kabupaten Sintang, Kalimantan Barat, Senin "
            "(11/3/2024).",
            "Luapan Sungai Sepauk merendam permukiman di Kecamatan Sepauk, Sintang, Kalimantan "
            "Barat, sejak Senin dini hari.",
        ],
        body=[
            [
                "Kepala BPBD Sintang Yosef Ambrosius mengatakan 520 rumah terendam dan 870 warga "
                "mengungsi ke Balai Desa Nanga Pari.",
                "Menurut Yosef Ambrosius, Kepala BPBD Sintang, sebanyak 870 warga mengungsi dan "
                "520 "
                "rumah terendam.",
            ],
            [
                "Di Desa Nanga Pari, air mencapai dua meter dan memutus jalan menuju ibu kota "
                "kecamatan.",
                "Jalan ke ibu kota kecamatan putus karena genangan setinggi dua meter di Nanga "
                "Pari.",
            ],
            [
                "\u201cLogistik kami kirim dengan speedboat karena jalur darat tidak bisa dilewati,"
                "\u201d kata Yosef.",
                "Yosef menyebut bantuan logistik dikirim memakai speedboat.",
            ],
            [
                "Sekolah dasar di tiga desa diliburkan sampai air surut.",
                "Tiga desa meliburkan sekolah dasar hingga banjir surut.",
            ],
            [
                "Seorang warga Nanga Pari, Agustinus Lawing, mengatakan banjir tahun ini lebih "
                "tinggi dari tahun lalu.",
                "Agustinus Lawing, warga setempat, menilai banjir kali ini lebih parah dibanding "
                "tahun lalu.",
            ],
        ],
    ),
    Story(
        key="gempa-maluku",
        lang="id",
        when="2024-04-02T14:10:00+07:00",
        city="Ambon",
        heads=[
            "Gempa M5,9 Guncang Maluku Tengah, Warga Masohi Berhamburan",
            "Gempa Magnitudo 5,9 di Seram, 47 Rumah Rusak",
            "BMKG: Gempa Maluku Tengah Tidak Berpotensi Tsunami",
        ],
        lead=[
            "Gempa bermagnitudo 5,9 mengguncang Kabupaten Maluku Tengah, Selasa (2/4/2024) pukul "
            "13.52 WIT.",
            "Gempa berkekuatan M5,9 terjadi di Pulau Seram, Maluku Tengah, pada Selasa siang.",
        ],
        body=[
            [
                "BMKG mencatat pusat gempa berada 34 kilometer tenggara Masohi pada kedalaman 18 "
                "kilometer.",
                "Pusat gempa berada di laut, 34 km tenggara Masohi, dengan kedalaman 18 km, "
                "menurut "
                "BMKG.",
            ],
            [
                "Kepala Stasiun Geofisika Ambon Hendra Latuconsina memastikan gempa tidak "
                "berpotensi tsunami.",
                "Hendra Latuconsina dari Stasiun Geofisika Ambon menyatakan tidak ada potensi "
                "tsunami.",
            ],
            [
                "BPBD Maluku Tengah mendata 47 rumah rusak ringan di Kecamatan Amahai.",
                "Sebanyak 47 rumah di Amahai mengalami rusak ringan, menurut pendataan BPBD.",
            ],
            [
                "Warga Masohi sempat berhamburan keluar rumah saat guncangan terasa sekitar lima "
                "detik.",
                "Guncangan sekitar lima detik membuat warga Masohi berlarian ke luar rumah.",
            ],
            [
                "Hingga Selasa sore tercatat tiga kali gempa susulan dengan magnitudo terbesar "
                "4,1.",
                "BMKG mencatat tiga gempa susulan, yang terbesar bermagnitudo 4,1.",
            ],
        ],
    ),
    Story(
        key="gempa-mamuju",
        lang="id",
        when="2024-04-02T10:40:00+07:00",
        city="Mamuju",
        heads=[
            "Gempa M5,2 Guncang Mamuju, Pasien RSUD Dievakuasi",
            "Mamuju Diguncang Gempa 5,2, Warga Trauma Ingat 2021",
            "Gempa di Sulawesi Barat, 12 Bangunan Retak",
        ],
        lead=[
            "Gempa bermagnitudo 5,2 mengguncang Kabupaten Mamuju, Sulawesi Barat, Selasa "
            "(2/4/2024) pukul 10.21 WITA.",
            "Gempa M5,2 terasa kuat di Mamuju, Sulawesi Barat, Selasa pagi.",
        ],
        body=[
            [
                "Episentrum gempa berada di darat, 9 kilometer barat laut Mamuju, dengan kedalaman "
                "11 kilometer.",
                "BMKG menyebut episentrum terletak 9 km barat laut Mamuju pada kedalaman 11 km.",
            ],
            [
                "Pihak RSUD Provinsi Sulawesi Barat sempat mengevakuasi 63 pasien ke halaman rumah "
                "sakit.",
                "Sebanyak 63 pasien RSUD Provinsi Sulbar dipindahkan ke tenda di halaman.",
            ],
            [
                "Kepala BPBD Sulawesi Barat Muhammad Yasir mengatakan 12 bangunan mengalami retak.",
                "Muhammad Yasir, Kepala BPBD Sulbar, melaporkan 12 bangunan retak.",
            ],
            [
                "Banyak warga masih trauma karena gempa besar yang melanda Mamuju pada Januari "
                "2021.",
                "Warga mengaku teringat gempa Januari 2021 yang meluluhlantakkan Mamuju.",
            ],
            [
                "\u201cKami minta warga tetap tenang dan menjauhi bangunan yang retak,\u201d kata "
                "Yasir.",
            ],
        ],
    ),
    Story(
        key="persib-persija",
        lang="id",
        when="2024-05-04T21:30:00+07:00",
        city="Bandung",
        heads=[
            "Persib Tekuk Persija 2-1 di Si Jalak Harupat",
            "Gol Telat Ciro Alves Bawa Persib Kalahkan Persija",
            "Persija Tumbang di Bandung, Persib Kokoh di Puncak",
        ],
        lead=[
            "Persib Bandung mengalahkan Persija Jakarta 2-1 di Stadion Si Jalak Harupat, Sabtu "
            "(4/5/2024) malam.",
            "Persib menang 2-1 atas Persija dalam laga Liga 1 di Stadion Si Jalak Harupat, "
            "Kabupaten Bandung, Sabtu malam.",
        ],
        body=[
            [
                "Persija unggul lebih dulu lewat sundulan Marko Simic pada menit ke-23.",
                "Marko Simic membawa Persija memimpin pada menit 23 melalui sundulan.",
            ],
            [
                "David da Silva menyamakan kedudukan pada menit ke-58 sebelum Ciro Alves mencetak "
                "gol kemenangan pada menit ke-88.",
                "Persib membalas lewat David da Silva (58') dan Ciro Alves (88').",
            ],
            [
                "Pelatih Persib Bojan Hodak memuji mental pemainnya yang tidak menyerah.",
                "Bojan Hodak menyebut kemenangan ini lahir dari mental pantang menyerah.",
            ],
            [
                "Dengan hasil ini Persib mengoleksi 61 poin dan tetap di puncak klasemen.",
                "Persib kini mengumpulkan 61 poin, kokoh di posisi teratas.",
            ],
            [
                "Pertandingan disaksikan sekitar 21.000 penonton.",
                "Sekitar 21 ribu suporter memadati stadion.",
            ],
        ],
    ),
    Story(
        key="psm-arema",
        lang="id",
        when="2024-05-04T19:00:00+08:00",
        city="Parepare",
        heads=[
            "PSM Makassar Bungkam Arema FC 3-0 di Parepare",
            "Hattrick Kenzo Nambu, PSM Hajar Arema",
            "Arema FC Dibantai PSM Tiga Gol Tanpa Balas",
        ],
        lead=[
            "PSM Makassar menang telak 3-0 atas Arema FC di Stadion Gelora BJ Habibie, Parepare, "
            "Sabtu (4/5/2024).",
            "PSM Makassar membungkam Arema FC tiga gol tanpa balas di Gelora BJ Habibie, Parepare, "
            "Sabtu sore.",
        ],
        body=[
            [
                "Kenzo Nambu mencetak tiga gol pada menit ke-12, ke-47 dan ke-79.",
                "Ketiga gol PSM lahir dari kaki Kenzo Nambu (12', 47', 79').",
            ],
            [
                "Arema bermain dengan sepuluh orang setelah Charles Lokolingoy diusir wasit pada "
                "menit ke-40.",
                "Kartu merah untuk Charles Lokolingoy pada menit 40 membuat Arema timpang.",
            ],
            [
                "Pelatih PSM Bernardo Tavares mengatakan timnya tampil disiplin sepanjang laga.",
                "\u201cAnak-anak bermain sangat disiplin,\u201d kata Bernardo Tavares.",
            ],
            [
                "Kekalahan ini membuat Arema tertahan di peringkat ke-14 dengan 35 poin.",
                "Arema tertahan di posisi 14 klasemen dengan 35 poin.",
            ],
        ],
    ),
    Story(
        key="kebakaran-kramatjati",
        lang="id",
        when="2024-06-18T02:15:00+07:00",
        city="Jakarta",
        heads=[
            "Pasar Induk Kramat Jati Terbakar, 140 Kios Hangus",
            "Kebakaran Pasar Kramat Jati, 25 Unit Damkar Dikerahkan",
            "Api Lalap Blok C Pasar Kramat Jati Dini Hari",
        ],
        lead=[
            "Kebakaran melanda Blok C Pasar Induk Kramat Jati, Jakarta Timur, Selasa (18/6/2024) "
            "dini hari.",
            "Api membakar deretan kios di Blok C Pasar Induk Kramat Jati, Jakarta Timur, pada "
            "Selasa sekitar pukul 01.40 WIB.",
        ],
        body=[
            [
                "Kepala Sudin Gulkarmat Jakarta Timur Gatot Sulaeman mengatakan 25 unit mobil "
                "pemadam dikerahkan.",
                "Sebanyak 25 unit pemadam dikirim ke lokasi, kata Gatot Sulaeman dari Sudin "
                "Gulkarmat Jaktim.",
            ],
            [
                "Sekitar 140 kios sayur dan buah hangus terbakar.",
                "Api menghanguskan kurang lebih 140 kios pedagang sayur dan buah.",
            ],
            [
                "Api baru bisa dipadamkan sekitar pukul 05.10 WIB.",
                "Petugas berhasil memadamkan api menjelang pukul 05.10 WIB.",
            ],
            [
                "Dugaan sementara, api berasal dari korsleting listrik di salah satu kios.",
                "Polisi menduga korsleting listrik menjadi pemicu kebakaran.",
            ],
            [
                "Pedagang bawang, Sarmini, mengaku kehilangan dagangan senilai Rp 30 juta.",
                "Sarmini, pedagang bawang, menaksir kerugiannya mencapai Rp30 juta.",
            ],
        ],
    ),
    Story(
        key="kebakaran-pasar-sentral-makassar",
        lang="id",
        when="2024-06-18T13:00:00+08:00",
        city="Makassar",
        heads=[
            "Pasar Sentral Makassar Terbakar Siang Hari, Pedagang Panik",
            "Kebakaran di Lantai Tiga Pasar Sentral Makassar",
            "80 Kios Pakaian Pasar Sentral Makassar Ludes",
        ],
        lead=[
            "Kebakaran terjadi di lantai tiga Pasar Sentral Makassar, Sulawesi Selatan, Selasa "
            "(18/6/2024) siang.",
            "Api melahap lantai tiga gedung Pasar Sentral Makassar pada Selasa siang.",
        ],
        body=[
            [
                "Kepala Dinas Damkar Makassar Hasanuddin Leo mengatakan 80 kios pakaian ludes "
                "terbakar.",
                "Menurut Hasanuddin Leo, Kepala Dinas Damkar Makassar, 80 kios pakaian habis "
                "terbakar.",
            ],
            [
                "Sebanyak 18 unit mobil pemadam dikerahkan untuk menjinakkan api.",
                "Damkar menurunkan 18 unit mobil pemadam.",
            ],
            [
                "Asap tebal membuat pedagang di lantai dasar panik dan berlarian keluar gedung.",
                "Pedagang di lantai bawah berhamburan keluar karena asap pekat.",
            ],
            [
                "Satu petugas pemadam bernama Ardiansyah dirawat karena sesak napas.",
                "Petugas damkar Ardiansyah sempat dirawat akibat menghirup asap.",
            ],
            [
                "Polrestabes Makassar masih menyelidiki penyebab kebakaran.",
                "Penyebab kebakaran masih diselidiki Polrestabes Makassar.",
            ],
        ],
    ),
    Story(
        key="kpk-bupati-labuhanbatu",
        lang="id",
        when="2024-07-09T16:00:00+07:00",
        city="Jakarta",
        heads=[
            "KPK Tangkap Bupati Labuhanbatu Selatan dalam OTT",
            "OTT KPK di Sumut, Bupati dan Lima Orang Diamankan",
            "Bupati Labuhanbatu Selatan Kena OTT, KPK Sita Rp 1,7 Miliar",
        ],
        lead=[
            "Komisi Pemberantasan Korupsi (KPK) menangkap Bupati Labuhanbatu Selatan Rahmat "
            "Sihombing dalam operasi tangkap tangan, Selasa (9/7/2024).",
            "KPK menggelar operasi tangkap tangan di Kabupaten Labuhanbatu Selatan, Sumatera "
            "Utara, dan mengamankan Bupati Rahmat Sihombing pada Selasa.",
        ],
        body=[
            [
                "Wakil Ketua KPK Fitria Anggraini mengatakan enam orang diamankan, termasuk dua "
                "kontraktor.",
                "Fitria Anggraini, Wakil Ketua KPK, menyebut ada enam orang yang ditangkap.",
            ],
            [
                "Penyidik menyita uang tunai Rp 1,7 miliar yang diduga suap proyek jalan.",
                "Uang Rp1,7 miliar disita dan diduga terkait suap proyek jalan kabupaten.",
            ],
            [
                "Rahmat dan rombongan diterbangkan ke Gedung Merah Putih KPK di Jakarta.",
                "Para pihak yang ditangkap dibawa ke Gedung Merah Putih KPK.",
            ],
            [
                "KPK memiliki waktu 1x24 jam untuk menentukan status hukum mereka.",
                "Status hukum keenam orang itu akan ditentukan dalam 1x24 jam.",
            ],
        ],
    ),
    Story(
        key="kejati-kadis-pupr-jambi",
        lang="id",
        when="2024-07-09T15:00:00+07:00",
        city="Jambi",
        heads=[
            "Kejati Jambi Tahan Kadis PUPR Tersangka Korupsi Jembatan",
            "Kadis PUPR Jambi Ditahan, Kerugian Negara Rp 4,2 Miliar",
            "Korupsi Jembatan Batanghari, Kepala Dinas Pakai Rompi Tahanan",
        ],
        lead=[
            "Kejaksaan Tinggi Jambi menahan Kepala Dinas PUPR Provinsi Jambi Syafrudin Nasution, "
            "Selasa (9/7/2024).",
            "Kepala Dinas PUPR Jambi Syafrudin Nasution resmi ditahan penyidik Kejati Jambi pada "
            "Selasa sore.",
        ],
        body=[
            [
                "Syafrudin menjadi tersangka korupsi pembangunan Jembatan Batanghari II.",
                "Ia ditetapkan sebagai tersangka kasus korupsi proyek Jembatan Batanghari II.",
            ],
            [
                "Asisten Pidana Khusus Kejati Jambi Lilik Purnomo menyebut kerugian negara "
                "mencapai Rp 4,2 miliar.",
                "Menurut Aspidsus Kejati Jambi Lilik Purnomo, negara dirugikan Rp4,2 miliar.",
            ],
            [
                "Tersangka ditahan selama 20 hari di Lapas Kelas IIA Jambi.",
                "Penahanan dilakukan 20 hari pertama di Lapas Kelas IIA Jambi.",
            ],
            [
                "Dua rekanan proyek lebih dulu ditahan pekan lalu.",
            ],
        ],
    ),
    Story(
        key="bus-cipali",
        lang="id",
        when="2024-04-14T05:30:00+07:00",
        city="Majalengka",
        heads=[
            "Bus Pemudik Tabrak Truk di Tol Cipali, 7 Orang Tewas",
            "Kecelakaan Maut Tol Cipali KM 118, Sopir Diduga Mengantuk",
            "Tujuh Penumpang Bus Tewas di Cipali",
        ],
        lead=[
            "Sebuah bus yang mengangkut pemudik menabrak truk di Tol Cipali KM 118, Majalengka, "
            "Minggu (14/4/2024) pagi.",
            "Kecelakaan beruntun terjadi di Tol Cipali kilometer 118 arah Jakarta pada Minggu "
            "subuh.",
        ],
        body=[
            [
                "Tujuh penumpang tewas dan 19 lainnya luka-luka.",
                "Kecelakaan itu menewaskan tujuh orang, sementara 19 penumpang terluka.",
            ],
            [
                "Kasat Lantas Polres Majalengka AKP Yudhi Prasetyo menduga sopir bus mengantuk.",
                "Polisi menduga pengemudi bus kelelahan dan mengantuk, kata AKP Yudhi Prasetyo.",
            ],
            [
                "Bus PO Sinar Jaya Abadi itu berangkat dari Solo menuju Jakarta.",
                "Bus milik PO Sinar Jaya Abadi tersebut melaju dari Solo ke Jakarta.",
            ],
            [
                "Korban luka dibawa ke RSUD Cideres.",
                "Para korban luka dievakuasi ke RSUD Cideres, Majalengka.",
            ],
        ],
    ),
    Story(
        key="truk-sitinjau",
        lang="id",
        when="2024-04-14T11:00:00+07:00",
        city="Padang",
        heads=[
            "Truk Batu Bara Terguling di Sitinjau Lauik, Jalan Padang-Solok Macet",
            "Rem Blong, Truk Hantam Dua Mobil di Sitinjau Lauik",
            "Dua Tewas dalam Kecelakaan Truk di Panorama Satu",
        ],
        lead=[
            "Sebuah truk bermuatan batu bara terguling di tanjakan Sitinjau Lauik, Kota Padang, "
            "Minggu (14/4/2024).",
            "Truk batu bara mengalami rem blong dan terguling di kawasan Panorama Satu, Sitinjau "
            "Lauik, pada Minggu siang.",
        ],
        body=[
            [
                "Truk menghantam dua mobil minibus dan menewaskan dua orang.",
                "Dua orang meninggal setelah truk menabrak dua minibus.",
            ],
            [
                "Kasat Lantas Polresta Padang Kompol Hendri Yuzaldi mengatakan truk diduga rem "
                "blong.",
                "Menurut Kompol Hendri Yuzaldi, rem truk diduga tidak berfungsi.",
            ],
            [
                "Arus lalu lintas Padang-Solok macet hingga enam kilometer.",
                "Kemacetan di jalur Padang-Solok mengular sampai enam kilometer.",
            ],
            [
                "Sopir truk, Riko, selamat dan kini diperiksa polisi.",
            ],
        ],
    ),
    Story(
        key="marapi-erupsi",
        lang="id",
        when="2024-01-14T18:30:00+07:00",
        city="Bukittinggi",
        heads=[
            "Gunung Marapi Erupsi Lagi, Kolom Abu 1.300 Meter",
            "Marapi Semburkan Abu, Status Tetap Siaga",
            "Hujan Abu Tipis Guyur Agam Usai Erupsi Marapi",
        ],
        lead=[
            "Gunung Marapi di Sumatera Barat kembali erupsi pada Minggu (14/1/2024) pukul 17.27 "
            "WIB.",
            "Erupsi kembali terjadi di Gunung Marapi, Sumatera Barat, Minggu petang.",
        ],
        body=[
            [
                "Tinggi kolom abu teramati sekitar 1.300 meter di atas puncak.",
                "Kolom abu setinggi kurang lebih 1.300 meter terlihat dari Pos Pengamatan "
                "Bukittinggi.",
            ],
            [
                "Petugas PGA Bukittinggi Ahmad Rifandi mengatakan status Marapi tetap Level III "
                "Siaga.",
                "Status gunung masih Siaga atau Level III, kata Ahmad Rifandi.",
            ],
            [
                "Hujan abu tipis dilaporkan turun di Kecamatan Sungai Pua, Kabupaten Agam.",
                "Warga Sungai Pua, Agam, melaporkan hujan abu tipis.",
            ],
            [
                "Masyarakat diminta tidak beraktivitas dalam radius 4,5 kilometer dari kawah.",
                "PVMBG melarang aktivitas dalam radius 4,5 km dari kawah Verbeek.",
            ],
        ],
    ),
    Story(
        key="semeru-awan-panas",
        lang="id",
        when="2024-01-14T08:00:00+07:00",
        city="Lumajang",
        heads=[
            "Semeru Luncurkan Awan Panas Guguran Sejauh 3 Km",
            "Awan Panas Semeru, Warga Curah Kobokan Diimbau Waspada",
            "Gunung Semeru Kembali Muntahkan Awan Panas",
        ],
        lead=[
            "Gunung Semeru di Lumajang, Jawa Timur, meluncurkan awan panas guguran pada Minggu "
            "(14/1/2024) pagi.",
            "Awan panas guguran keluar dari Gunung Semeru, Lumajang, Minggu pagi.",
        ],
        body=[
            [
                "Jarak luncur awan panas mencapai 3 kilometer ke arah Besuk Kobokan.",
                "Awan panas meluncur sejauh 3 km ke arah Besuk Kobokan.",
            ],
            [
                "Petugas Pos Pengamatan Gunung Api Semeru, Mukdas Sofian, mengatakan status masih "
                "Level III.",
                "Menurut Mukdas Sofian dari pos pengamatan, status Semeru tetap Siaga.",
            ],
            [
                "Warga Desa Curah Kobokan diminta menjauhi aliran sungai.",
                "Penduduk Curah Kobokan diimbau tidak mendekati bantaran sungai.",
            ],
            [
                "Tidak ada laporan korban akibat awan panas tersebut.",
            ],
        ],
    ),
    Story(
        key="bi-rate-april",
        lang="id",
        when="2024-04-24T15:00:00+07:00",
        city="Jakarta",
        heads=[
            "BI Naikkan Suku Bunga Acuan Jadi 6,25 Persen",
            "Rupiah Tertekan, Bank Indonesia Kerek BI Rate 25 Basis Poin",
            "Kejutan, BI Rate Naik ke 6,25%",
        ],
        lead=[
            "Bank Indonesia menaikkan suku bunga acuan BI Rate sebesar 25 basis poin menjadi 6,25 "
            "persen, Rabu (24/4/2024).",
            "Rapat Dewan Gubernur Bank Indonesia memutuskan BI Rate naik menjadi 6,25 persen pada "
            "Rabu.",
        ],
        body=[
            [
                "Gubernur BI Wirawan Kusumadewa mengatakan kenaikan itu untuk menstabilkan nilai "
                "tukar rupiah.",
                "Kenaikan bertujuan menjaga stabilitas rupiah, kata Gubernur BI Wirawan "
                "Kusumadewa.",
            ],
            [
                "Rupiah sempat melemah hingga Rp 16.250 per dolar AS pekan lalu.",
                "Pekan lalu rupiah sempat menyentuh Rp16.250 per dolar AS.",
            ],
            [
                "Suku bunga Deposit Facility naik menjadi 5,50 persen dan Lending Facility 7,00 "
                "persen.",
                "Deposit Facility kini 5,50% dan Lending Facility 7,00%.",
            ],
            [
                "Ekonom Universitas Andalas Syafril Tanjung menilai keputusan ini di luar "
                "perkiraan "
                "pasar.",
                "Menurut ekonom Syafril Tanjung, pasar tidak menduga kenaikan ini.",
            ],
        ],
    ),
    Story(
        key="beras-cipinang",
        lang="id",
        when="2024-02-20T10:00:00+07:00",
        city="Jakarta",
        heads=[
            "Harga Beras Medium di Cipinang Tembus Rp 14.500 per Kg",
            "Beras Makin Mahal, Pedagang Cipinang Keluhkan Pasokan",
            "Bulog Guyur 20 Ribu Ton Beras ke Pasar Induk Cipinang",
        ],
        lead=[
            "Harga beras medium di Pasar Induk Beras Cipinang, Jakarta Timur, mencapai Rp 14.500 "
            "per kilogram, Selasa (20/2/2024).",
            "Beras medium dijual Rp14.500 per kilogram di Pasar Induk Beras Cipinang pada Selasa.",
        ],
        body=[
            [
                "Harga itu naik sekitar Rp 1.200 dibanding awal bulan.",
                "Dibanding awal Februari, harganya naik kira-kira Rp1.200.",
            ],
            [
                "Ketua Koperasi Pedagang Pasar Cipinang Zulkifli Rasyid mengatakan pasokan dari "
                "daerah berkurang.",
                "Zulkifli Rasyid dari koperasi pedagang menyebut kiriman beras dari daerah "
                "menurun.",
            ],
            [
                "Perum Bulog berjanji menyalurkan 20.000 ton beras ke Cipinang pekan ini.",
                "Bulog akan menggelontorkan 20 ribu ton beras ke pasar induk dalam sepekan.",
            ],
            [
                "Pasokan harian di Cipinang kini hanya sekitar 2.800 ton, di bawah normal 3.500 "
                "ton.",
            ],
        ],
    ),
    Story(
        key="keracunan-bogor",
        lang="id",
        when="2024-08-21T20:00:00+07:00",
        city="Bogor",
        heads=[
            "86 Siswa SD di Cibinong Keracunan Makanan",
            "Keracunan Massal di Cibinong, Siswa Dilarikan ke RSUD",
            "Diduga dari Nasi Kotak, Puluhan Pelajar Bogor Keracunan",
        ],
        lead=[
            "Sebanyak 86 siswa SD Negeri Pakansari 02, Cibinong, Kabupaten Bogor, mengalami "
            "keracunan makanan, Rabu (21/8/2024).",
            "Puluhan siswa SDN Pakansari 02 di Cibinong, Bogor, keracunan setelah menyantap nasi "
            "kotak pada Rabu siang.",
        ],
        body=[
            [
                "Para siswa mengeluh mual dan pusing setelah makan nasi kotak dari acara sekolah.",
                "Usai menyantap nasi kotak, anak-anak mengalami mual, muntah dan pusing.",
            ],
            [
                "Kepala Dinas Kesehatan Kabupaten Bogor Mike Kaltarina mengatakan 31 siswa dirawat "
                "di RSUD Cibinong.",
                "Menurut Kadinkes Bogor Mike Kaltarina, 31 anak masih dirawat inap di RSUD "
                "Cibinong.",
            ],
            [
                "Sampel makanan telah dikirim ke laboratorium kesehatan daerah.",
                "Dinkes mengirim sisa makanan ke labkesda untuk diuji.",
            ],
            [
                "Polisi memeriksa pemilik katering yang memasok nasi kotak tersebut.",
            ],
        ],
    ),
    Story(
        key="keracunan-sragen",
        lang="id",
        when="2024-08-21T17:00:00+07:00",
        city="Sragen",
        heads=[
            "Ratusan Warga Sragen Keracunan Usai Hajatan",
            "Keracunan Massal di Gemolong, 143 Orang Berobat",
            "Santap Hidangan Pernikahan, Warga Desa Kaloran Keracunan",
        ],
        lead=[
            "Sebanyak 143 warga Desa Kaloran, Kecamatan Gemolong, Sragen, keracunan setelah "
            "menyantap hidangan pesta pernikahan, Rabu (21/8/2024).",
            "Ratusan warga Kaloran, Gemolong, Kabupaten Sragen, mengalami keracunan usai "
            "menghadiri hajatan pada Selasa malam.",
        ],
        body=[
            [
                "Kepala Puskesmas Gemolong Tri Wahyuningsih mengatakan sebagian besar pasien sudah "
                "dipulangkan.",
                "Sebagian besar warga sudah boleh pulang, kata Kepala Puskesmas Gemolong Tri "
                "Wahyuningsih.",
            ],
            [
                "Sebanyak 22 orang masih dirawat di RSUD Sragen.",
                "Dua puluh dua pasien masih menjalani perawatan di RSUD Sragen.",
            ],
            [
                "Warga diduga keracunan opor ayam yang dimasak sejak pagi.",
                "Opor ayam yang disajikan diduga menjadi penyebab keracunan.",
            ],
            [
                "Pemkab Sragen menetapkan kejadian ini sebagai kejadian luar biasa.",
                "Bupati Sragen menetapkan status KLB keracunan pangan.",
            ],
        ],
    ),
    Story(
        key="pendaki-rinjani",
        lang="id",
        when="2024-09-03T12:00:00+08:00",
        city="Mataram",
        heads=[
            "Pendaki Asal Surabaya Hilang di Rinjani, Tim SAR Dikerahkan",
            "Hari Kedua Pencarian Pendaki Hilang di Gunung Rinjani",
            "Terpisah dari Rombongan, Pendaki Rinjani Belum Ditemukan",
        ],
        lead=[
            "Seorang pendaki asal Surabaya, Bima Ardiansyah (24), dilaporkan hilang di Gunung "
            "Rinjani, Lombok, sejak Senin (2/9/2024).",
            "Tim SAR gabungan mencari Bima Ardiansyah, pendaki 24 tahun asal Surabaya yang hilang "
            "di jalur Sembalun, Gunung Rinjani.",
        ],
        body=[
            [
                "Bima terpisah dari rombongannya saat turun dari Danau Segara Anak.",
                "Ia terpisah dari lima rekannya dalam perjalanan turun dari Segara Anak.",
            ],
            [
                "Kepala Kantor SAR Mataram Lalu Wahyu mengatakan 45 personel dikerahkan.",
                "Sebanyak 45 personel tim gabungan dikerahkan, kata Kepala Basarnas Mataram Lalu "
                "Wahyu.",
            ],
            [
                "Pencarian terkendala kabut tebal dan angin kencang.",
                "Kabut dan angin kencang menghambat tim di lapangan.",
            ],
            [
                "Balai Taman Nasional Gunung Rinjani menutup sementara jalur Sembalun.",
            ],
        ],
    ),
    Story(
        key="sabu-aceh",
        lang="id",
        when="2024-10-08T14:00:00+07:00",
        city="Banda Aceh",
        heads=[
            "BNN Gagalkan Penyelundupan 45 Kg Sabu di Perairan Aceh Timur",
            "Sabu 45 Kilogram dari Malaysia Disita di Aceh",
            "Tiga Kurir Sabu Ditangkap di Laut Idi Rayeuk",
        ],
        lead=[
            "Badan Narkotika Nasional (BNN) menggagalkan penyelundupan 45 kilogram sabu di "
            "perairan Idi Rayeuk, Aceh Timur, Selasa (8/10/2024).",
            "BNN menyita 45 kg sabu yang dibawa dari Malaysia menggunakan perahu nelayan di "
            "perairan Aceh Timur.",
        ],
        body=[
            [
                "Tiga kurir berinisial MZ, RA dan HS ditangkap di atas kapal.",
                "Petugas menangkap tiga tersangka, MZ, RA dan HS.",
            ],
            [
                "Deputi Pemberantasan BNN Irjen Teuku Mirza mengatakan sabu itu dikemas dalam 45 "
                "bungkus teh.",
                "Menurut Irjen Teuku Mirza, barang haram dikemas dalam bungkus teh.",
            ],
            [
                "Para kurir dijanjikan upah Rp 50 juta per orang.",
                "Setiap kurir dijanjikan bayaran Rp50 juta.",
            ],
            [
                "Para tersangka terancam hukuman mati.",
            ],
        ],
    ),
    Story(
        key="longsor-banjarnegara",
        lang="id",
        when="2024-11-26T06:00:00+07:00",
        city="Banjarnegara",
        heads=[
            "Longsor Timbun Rumah di Pandanarum Banjarnegara, 3 Warga Hilang",
            "Tanah Longsor di Banjarnegara, Pencarian Korban Berlanjut",
            "Hujan Semalaman Picu Longsor di Desa Beji",
        ],
        lead=[
            "Tanah longsor menimbun empat rumah di Desa Beji, Kecamatan Pandanarum, Banjarnegara, "
            "Selasa (26/11/2024) dini hari.",
            "Longsor terjadi di Desa Beji, Pandanarum, Kabupaten Banjarnegara, setelah hujan deras "
            "semalaman.",
        ],
        body=[
            [
                "Tiga warga dilaporkan hilang tertimbun material longsor.",
                "Tiga orang diduga masih tertimbun di bawah material tanah.",
            ],
            [
                "Kalaksa BPBD Banjarnegara Aris Sudaryanto mengatakan alat berat sulit masuk ke "
                "lokasi.",
                "Menurut Aris Sudaryanto dari BPBD Banjarnegara, ekskavator sulit menjangkau "
                "lokasi.",
            ],
            [
                "Sebanyak 112 warga di sekitar lokasi diungsikan ke balai desa.",
                "BPBD mengungsikan 112 warga ke balai Desa Beji.",
            ],
            [
                "Pencarian melibatkan TNI, Polri, relawan dan warga.",
            ],
        ],
    ),
    Story(
        key="kai-libur-natal",
        lang="id",
        when="2024-12-16T11:00:00+07:00",
        city="Jakarta",
        heads=[
            "KAI Tambah 48 Perjalanan Kereta untuk Libur Natal dan Tahun Baru",
            "Libur Nataru, 3,1 Juta Tiket Kereta Disiapkan",
            "KAI Operasikan Kereta Tambahan Mulai 19 Desember",
        ],
        lead=[
            "PT Kereta Api Indonesia (KAI) menambah 48 perjalanan kereta selama masa libur Natal "
            "dan Tahun Baru.",
            "KAI menyiapkan 48 perjalanan kereta tambahan untuk angkutan Natal dan Tahun Baru "
            "2024/2025.",
        ],
        body=[
            [
                "Vice President Public Relations KAI Anne Purbasari mengatakan 3,1 juta tempat "
                "duduk disiapkan.",
                "Total 3,1 juta kursi disediakan, kata VP Public Relations KAI Anne Purbasari.",
            ],
            [
                "Masa angkutan berlaku mulai 19 Desember 2024 hingga 5 Januari 2025.",
                "Periode angkutan Nataru berlangsung 19 Desember sampai 5 Januari.",
            ],
            [
                "Hingga Senin, tiket yang terjual sudah mencapai 1,2 juta.",
                "Sebanyak 1,2 juta tiket telah terjual per Senin.",
            ],
            [
                "Rute favorit adalah Jakarta menuju Yogyakarta, Solo dan Surabaya.",
            ],
        ],
    ),
    Story(
        key="timnas-u23",
        lang="id",
        when="2024-04-25T23:30:00+07:00",
        city="Doha",
        heads=[
            "Timnas U-23 Singkirkan Korea Selatan Lewat Adu Penalti",
            "Sejarah! Indonesia ke Semifinal Piala Asia U-23",
            "Menang Adu Penalti 11-10, Garuda Muda Lolos ke Semifinal",
        ],
        lead=[
            "Timnas Indonesia U-23 lolos ke semifinal Piala Asia U-23 setelah mengalahkan Korea "
            "Selatan lewat adu penalti 11-10 di Doha, Kamis (25/4/2024) malam.",
            "Indonesia menyingkirkan Korea Selatan di perempat final Piala Asia U-23 dengan skor "
            "adu penalti 11-10.",
        ],
        body=[
            [
                "Kedua tim bermain imbang 2-2 hingga babak perpanjangan waktu.",
                "Laga berakhir 2-2 setelah 120 menit.",
            ],
            [
                "Rafael Struick mencetak dua gol untuk Indonesia pada babak pertama.",
                "Dua gol Garuda Muda dicetak Rafael Struick sebelum turun minum.",
            ],
            [
                "Pratama Arhan menjadi penendang terakhir yang memastikan kemenangan.",
                "Eksekusi Pratama Arhan memastikan Indonesia menang.",
            ],
            [
                "Di semifinal, Indonesia akan menghadapi Uzbekistan.",
            ],
        ],
    ),
    Story(
        key="karhutla-riau",
        lang="id",
        when="2024-08-05T10:00:00+07:00",
        city="Pekanbaru",
        heads=[
            "Karhutla di Pelalawan Meluas, 210 Hektare Lahan Gambut Terbakar",
            "Asap Karhutla Mulai Selimuti Pekanbaru",
            "Satgas Karhutla Riau Kerahkan Helikopter Water Bombing",
        ],
        lead=[
            "Kebakaran hutan dan lahan di Kabupaten Pelalawan, Riau, meluas hingga 210 hektare, "
            "Senin (5/8/2024).",
            "Luas lahan gambut yang terbakar di Pelalawan, Riau, mencapai 210 hektare per Senin.",
        ],
        body=[
            [
                "Kepala BPBD Riau Edy Afrizal mengatakan empat helikopter water bombing "
                "dikerahkan.",
                "Empat helikopter pengebom air diterjunkan, kata Kepala BPBD Riau Edy Afrizal.",
            ],
            [
                "BMKG Pekanbaru mendeteksi 37 titik panas di Riau.",
                "Sebanyak 37 titik api terpantau satelit BMKG di wilayah Riau.",
            ],
            [
                "Kabut asap tipis mulai dirasakan warga Pekanbaru pada pagi hari.",
                "Warga Pekanbaru mulai menghirup asap tipis setiap pagi.",
            ],
            [
                "Polda Riau menangkap dua orang yang diduga membakar lahan.",
            ],
        ],
    ),
    Story(
        key="ruu-penyiaran",
        lang="id",
        when="2024-05-28T13:00:00+07:00",
        city="Jakarta",
        heads=[
            "Komisi I DPR Tunda Pembahasan RUU Penyiaran",
            "Diprotes Jurnalis, RUU Penyiaran Batal Dibahas Pekan Ini",
            "Pasal Larangan Liputan Investigasi Jadi Sorotan",
        ],
        lead=[
            "Komisi I DPR menunda pembahasan revisi Undang-Undang Penyiaran, Selasa (28/5/2024).",
            "Pembahasan RUU Penyiaran di Komisi I DPR ditunda setelah gelombang protes jurnalis.",
        ],
        body=[
            [
                "Ketua Komisi I DPR Meutia Safira mengatakan draf akan dikaji ulang bersama Dewan "
                "Pers.",
                "Menurut Ketua Komisi I Meutia Safira, draf akan dibahas lagi dengan Dewan Pers.",
            ],
            [
                "Pasal yang melarang penayangan eksklusif jurnalisme investigasi menuai kritik.",
                "Kritik terutama menyasar pasal larangan siaran eksklusif liputan investigasi.",
            ],
            [
                "Ratusan jurnalis berunjuk rasa di depan Gedung DPR, Senayan.",
                "Aksi ratusan wartawan digelar di depan kompleks parlemen Senayan.",
            ],
            [
                "Aliansi Jurnalis Independen menyebut pasal itu mengancam kebebasan pers.",
            ],
        ],
    ),
    Story(
        key="gaza-rs-serangan",
        lang="id",
        when="2024-02-12T09:00:00+07:00",
        city="Gaza",
        heads=[
            "Serangan Udara Hantam Sekitar RS Al-Nasr, Puluhan Tewas",
            "Israel Klaim Targetkan Militan di Dekat Rumah Sakit Gaza",
            "Kemenkes Gaza: 37 Orang Tewas dalam Serangan Semalam",
        ],
        lead=[
            "Serangan udara Israel menghantam kawasan di sekitar Rumah Sakit Al-Nasr di Khan "
            "Younis, Gaza selatan, Senin (12/2/2024) dini hari.",
            "Kawasan dekat Rumah Sakit Al-Nasr, Khan Younis, dibombardir dari udara pada Senin "
            "dini hari.",
        ],
        body=[
            [
                "Kementerian Kesehatan Gaza menyebut 37 orang tewas dalam serangan semalam.",
                "Sedikitnya 37 orang tewas, menurut otoritas kesehatan di Gaza.",
                "Serangan itu menewaskan 37 orang.",
            ],
            [
                "Militer Israel mengklaim menargetkan pejuang Hamas yang bersembunyi di dekat "
                "rumah "
                "sakit.",
                "Israel mengklaim serangan diarahkan ke militan Hamas di sekitar rumah sakit.",
                "Menurut militer Israel, sasaran serangan adalah anggota sayap bersenjata Hamas.",
            ],
            [
                "Direktur RS Al-Nasr Nahed Abu Taima mengatakan listrik padam dan generator hanya "
                "bertahan dua hari.",
                "Generator rumah sakit hanya cukup untuk dua hari, kata direktur RS Al-Nasr Nahed "
                "Abu Taima.",
            ],
            [
                "Badan PBB untuk pengungsi Palestina mengecam serangan di dekat fasilitas "
                "kesehatan.",
            ],
        ],
    ),
    Story(
        key="sandera-pertukaran",
        lang="id",
        when="2023-11-25T22:00:00+07:00",
        city="Doha",
        heads=[
            "Hamas Bebaskan 13 Sandera dalam Pertukaran Tahap Kedua",
            "Pertukaran Sandera Tertunda Beberapa Jam, Qatar Turun Tangan",
            "39 Tahanan Palestina Dibebaskan, Ditukar 13 Sandera",
        ],
        lead=[
            "Hamas membebaskan 13 sandera Israel pada tahap kedua pertukaran, Sabtu (25/11/2023), "
            "setelah sempat tertunda beberapa jam.",
            "Tahap kedua pertukaran sandera antara Hamas dan Israel berlangsung Sabtu malam "
            "setelah mediasi Qatar.",
        ],
        body=[
            [
                "Sebagai gantinya, Israel membebaskan 39 tahanan Palestina.",
                "Israel melepaskan 39 tahanan Palestina sebagai imbalan.",
            ],
            [
                "Juru bicara Kementerian Luar Negeri Qatar Majid Al-Hamadi mengatakan hambatan "
                "telah diatasi.",
                "Hambatan berhasil diatasi lewat mediasi, ujar jubir Kemlu Qatar Majid Al-Hamadi.",
            ],
            [
                "Hamas sempat menunda pembebasan karena menuding Israel melanggar kesepakatan "
                "bantuan.",
                "Penundaan terjadi karena Hamas menuduh Israel tidak memenuhi janji pengiriman "
                "bantuan.",
            ],
            [
                "Para sandera diserahkan kepada Palang Merah di perbatasan Rafah.",
            ],
        ],
    ),
    Story(
        key="pilkada-debat-bandung",
        lang="id",
        when="2024-10-30T22:00:00+07:00",
        city="Bandung",
        heads=[
            "Debat Pilwalkot Bandung, Tiga Paslon Adu Gagasan Soal Sampah",
            "Sampah dan Macet Jadi Tema Panas Debat Calon Wali Kota Bandung",
            "KPU Bandung Gelar Debat Perdana Pilwalkot",
        ],
        lead=[
            "KPU Kota Bandung menggelar debat perdana pemilihan wali kota di Hotel Trans Luxury, "
            "Rabu (30/10/2024) malam.",
            "Tiga pasangan calon wali kota Bandung beradu gagasan dalam debat perdana pada Rabu "
            "malam.",
        ],
        body=[
            [
                "Pengelolaan sampah menjadi isu yang paling banyak diperdebatkan.",
                "Isu sampah mendominasi jalannya debat.",
            ],
            [
                "Calon nomor urut 2, Haris Gunawan, berjanji membangun 30 tempat pengolahan sampah "
                "terpadu.",
                "Haris Gunawan menjanjikan 30 TPST baru jika terpilih.",
            ],
            [
                "Ketua KPU Kota Bandung Wenti Frihadianti mengatakan debat kedua digelar 13 "
                "November.",
                "Debat berikutnya dijadwalkan 13 November, kata Ketua KPU Bandung Wenti "
                "Frihadianti.",
            ],
            [
                "Debat dihadiri sekitar 400 pendukung dari ketiga pasangan.",
            ],
        ],
    ),
    Story(
        key="ojol-demo",
        lang="id",
        when="2024-08-29T14:00:00+07:00",
        city="Jakarta",
        heads=[
            "Ribuan Pengemudi Ojol Demo di Patung Kuda, Tuntut Potongan Aplikasi 10 Persen",
            "Demo Ojol di Jakarta, Lalu Lintas Medan Merdeka Dialihkan",
            "Pengemudi Ojek Online Matikan Aplikasi, Tuntut Payung Hukum",
        ],
        lead=[
            "Ribuan pengemudi ojek online berunjuk rasa di kawasan Patung Kuda, Jakarta Pusat, "
            "Kamis (29/8/2024).",
            "Massa pengemudi ojol memadati kawasan Patung Kuda Arjuna Wiwaha, Jakarta Pusat, pada "
            "Kamis siang.",
        ],
        body=[
            [
                "Mereka menuntut potongan aplikasi maksimal 10 persen.",
                "Tuntutan utama massa adalah potongan komisi aplikator paling tinggi 10 persen.",
            ],
            [
                "Ketua Asosiasi Garda Indonesia Igun Wicaksono mengatakan sekitar 5.000 pengemudi "
                "ikut aksi.",
                "Menurut Igun Wicaksono dari Garda Indonesia, aksi diikuti kurang lebih 5.000 "
                "pengemudi.",
            ],
            [
                "Polda Metro Jaya mengerahkan 2.300 personel untuk pengamanan.",
                "Sebanyak 2.300 polisi disiagakan mengamankan unjuk rasa.",
            ],
            [
                "Arus lalu lintas di Jalan Medan Merdeka Barat dialihkan.",
            ],
        ],
    ),
    Story(
        key="gempa-maluku-en-id",
        lang="id",
        when="2024-09-17T06:30:00+09:00",
        city="Ternate",
        heads=[
            "Gempa M6,1 Guncang Halmahera Barat, Warga Jailolo Mengungsi ke Bukit",
            "BMKG Sempat Keluarkan Peringatan Dini Tsunami untuk Halmahera Barat",
            "Gempa Halmahera Barat, 210 Rumah Rusak di Jailolo",
        ],
        lead=[
            "Gempa bermagnitudo 6,1 mengguncang Kabupaten Halmahera Barat, Maluku Utara, Selasa "
            "(17/9/2024) pukul 05.48 WIT.",
            "Gempa M6,1 terjadi di Halmahera Barat, Maluku Utara, Selasa subuh.",
        ],
        body=[
            [
                "Ratusan warga Jailolo mengungsi ke perbukitan karena khawatir tsunami.",
                "Warga Jailolo berbondong-bondong naik ke bukit karena takut tsunami.",
            ],
            [
                "BMKG mencabut peringatan dini tsunami 40 menit setelah gempa.",
                "Peringatan dini tsunami dicabut BMKG setelah 40 menit.",
            ],
            [
                "BPBD Halmahera Barat mendata 210 rumah rusak dan dua warga luka.",
                "Sebanyak 210 rumah rusak dan dua orang terluka, menurut BPBD Halmahera Barat.",
            ],
            [
                "Kepala BPBD Halmahera Barat Fandi Soamole meminta warga tetap waspada gempa "
                "susulan.",
            ],
        ],
    ),
]
