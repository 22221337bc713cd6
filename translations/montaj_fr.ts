<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AppPaths</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
    </context>
    <context>
        <name>AssFormat</name>
        <message>
            <source>Embedded fonts and pictures are ignored.</source>
            <translation>Les polices et les images incorporées sont ignorées.</translation>
        </message>
        <message>
            <source>The section [%1] is ignored.</source>
            <translation>La section [%1] est ignorée.</translation>
        </message>
        <message>
            <source>Text before the first [section] is ignored.</source>
            <translation>Le texte qui précède la première [section] est ignoré.</translation>
        </message>
        <message>
            <source>A line that is not “Name: value” was ignored.</source>
            <translation>Une ligne qui n’est pas de la forme « Nom : valeur » a été ignorée.</translation>
        </message>
        <message>
            <source>A Style line has fewer fields than its Format line; it was ignored.</source>
            <translation>Une ligne Style a moins de champs que sa ligne Format ; elle a été ignorée.</translation>
        </message>
        <message>
            <source>The [Events] Format line must name Start and End and end with Text.</source>
            <translation>La ligne Format de [Events] doit nommer Start et End, et se terminer par Text.</translation>
        </message>
        <message>
            <source>Picture, Sound, Movie and Command events are ignored.</source>
            <translation>Les événements Picture, Sound, Movie et Command sont ignorés.</translation>
        </message>
        <message>
            <source>The [Events] section has no Format line; the standard field order is used.</source>
            <translation>La section [Events] n’a pas de ligne Format ; l’ordre standard des champs est utilisé.</translation>
        </message>
        <message>
            <source>This Dialogue line has fewer fields than the Format line (line %1) names.</source>
            <translation>Cette ligne Dialogue a moins de champs que n’en nomme la ligne Format (ligne %1).</translation>
        </message>
        <message>
            <source>Cannot read the Start or End time of this Dialogue line (expected 0:00:01.00).</source>
            <translation>Impossible de lire le temps Start ou End de cette ligne Dialogue (format attendu : 0:00:01.00).</translation>
        </message>
        <message>
            <source>The Dialogue line ends before it starts.</source>
            <translation>La ligne Dialogue se termine avant de commencer.</translation>
        </message>
        <message>
            <source>Override tags such as {\i1} or {\pos(…)} were removed.</source>
            <translation>Les balises de remplacement comme {\i1} ou {\pos(…)} ont été supprimées.</translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>Un sous-titre sans texte a été ignoré.</translation>
        </message>
        <message>
            <source>This is not an ASS/SSA script: it has no [Script Info] or [Events] section.</source>
            <translation>Ce n’est pas un script ASS/SSA : il n’a ni section [Script Info] ni section [Events].</translation>
        </message>
        <message numerus="yes">
            <source>The script uses %n style(s); a track has one style, so “%1” is used for every cue.</source>
            <translation>
                <numerusform>Le script utilise %n style ; une piste n’a qu’un style, donc « %1 » est utilisé pour chaque sous-titre.</numerusform>
                <numerusform>Le script utilise %n styles ; une piste n’a qu’un style, donc « %1 » est utilisé pour chaque sous-titre.</numerusform>
            </translation>
        </message>
        <message>
            <source>The style “%1” is not defined; Montaj's default style is used.</source>
            <translation>Le style « %1 » n’est pas défini ; le style par défaut de Montaj est utilisé.</translation>
        </message>
    </context>
    <context>
        <name>AtomicFileWriter</name>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Impossible d’écrire « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>AudioDecoder</name>
        <message>
            <source>it holds no sound.</source>
            <translation>il ne contient pas de son.</translation>
        </message>
        <message>
            <source>cannot seek in the sound (%1).</source>
            <translation>impossible de se déplacer dans le son (%1).</translation>
        </message>
        <message>
            <source>the sound cannot be converted (%1).</source>
            <translation>le son ne peut pas être converti (%1).</translation>
        </message>
        <message>
            <source>decoding the sound failed (%1).</source>
            <translation>le décodage du son a échoué (%1).</translation>
        </message>
    </context>
    <context>
        <name>AudioOutput</name>
        <message>
            <source>There is no sound output device.</source>
            <translation>Aucun périphérique de sortie audio n’est disponible.</translation>
        </message>
        <message>
            <source>The sound output does not accept %1 Hz stereo.</source>
            <translation>La sortie audio n’accepte pas la stéréo à %1 Hz.</translation>
        </message>
        <message>
            <source>The sound output could not start.</source>
            <translation>La sortie audio n’a pas pu démarrer.</translation>
        </message>
    </context>
    <context>
        <name>AuthorizeEndpoint</name>
        <message>
            <source>Sign-in failed</source>
            <translation>Échec de la connexion</translation>
        </message>
        <message>
            <source>This app is not registered with the sandbox (unknown client_key).</source>
            <translation>Cette application n’est pas enregistrée dans le bac à sable (client_key inconnu).</translation>
        </message>
        <message>
            <source>The app asked to be answered at an address the sandbox does not allow. Use http://127.0.0.1:PORT/… or http://localhost:PORT/….</source>
            <translation>L’application a demandé à recevoir la réponse à une adresse que le bac à sable n’autorise pas. Utilisez http://127.0.0.1:PORT/… ou http://localhost:PORT/….</translation>
        </message>
        <message>
            <source>Sign-in expired</source>
            <translation>Connexion expirée</translation>
        </message>
        <message>
            <source>This sign-in page has expired or was already answered. Start signing in again from Montaj.</source>
            <translation>Cette page de connexion a expiré ou a déjà reçu une réponse. Relancez la connexion depuis Montaj.</translation>
        </message>
        <message>
            <source>Choose an account to sign in with.</source>
            <translation>Choisissez un compte avec lequel vous connecter.</translation>
        </message>
        <message>
            <source>The sandbox could not save the sign-in. Try again.</source>
            <translation>Le bac à sable n’a pas pu enregistrer la connexion. Réessayez.</translation>
        </message>
    </context>
    <context>
        <name>AutosaveFile</name>
        <message>
            <source>“%1” is not a readable Montaj autosave.</source>
            <translation>« %1 » n’est pas une sauvegarde automatique de Montaj lisible.</translation>
        </message>
    </context>
    <context>
        <name>BlurFilter</name>
        <message>
            <source>Radius (pixels)</source>
            <translation>Rayon (pixels)</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>Flou</translation>
        </message>
    </context>
    <context>
        <name>CaptionChecks</name>
        <message>
            <source>%L1 characters per second; the limit is %L2.</source>
            <translation>%L1 caractères par seconde ; la limite est de %L2.</translation>
        </message>
        <message>
            <source>Line %1 has %2 characters; the limit is %3.</source>
            <translation>La ligne %1 compte %2 caractères ; la limite est de %3.</translation>
        </message>
        <message>
            <source>Shown for %L1 s; at least %L2 s is needed to read it.</source>
            <translation>Affiché pendant %L1 s ; il faut au moins %L2 s pour le lire.</translation>
        </message>
        <message>
            <source>Shown for %L1 s; the limit is %L2 s.</source>
            <translation>Affiché pendant %L1 s ; la limite est de %L2 s.</translation>
        </message>
        <message>
            <source>Runs %L1 s into the next cue.</source>
            <translation>Empiète de %L1 s sur le sous-titre suivant.</translation>
        </message>
    </context>
    <context>
        <name>CaptionEdits</name>
        <message>
            <source>There is no cue %1.</source>
            <translation>Il n’y a pas de sous-titre %1.</translation>
        </message>
        <message>
            <source>A cue can only be split at a time inside it.</source>
            <translation>Un sous-titre ne peut être scindé qu’à un instant situé à l’intérieur de celui-ci.</translation>
        </message>
    </context>
    <context>
        <name>CaptionFile</name>
        <message>
            <source>“%1” is not a caption file Montaj reads (SubRip .srt, WebVTT .vtt, ASS/SSA .ass).</source>
            <translation>« %1 » n’est pas un fichier de sous-titres lisible par Montaj (SubRip .srt, WebVTT .vtt, ASS/SSA .ass).</translation>
        </message>
        <message>
            <source>The file is named like %1 but holds %2; it was read as %2.</source>
            <translation>Le nom du fichier évoque le format %1, mais il contient du %2 ; il a été lu en tant que %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte sequence(s) were not valid %1 and were replaced by “�”.</source>
            <translation>
                <numerusform>%n séquence d’octets n’était pas valide en %1 et a été remplacée par « � ».</numerusform>
                <numerusform>%n séquences d’octets n’étaient pas valides en %1 et ont été remplacées par « � ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
        <message>
            <source>“%1” is too large for a caption file (%2 MB at most).</source>
            <translation>« %1 » est trop volumineux pour un fichier de sous-titres (%2 Mo au maximum).</translation>
        </message>
        <message>
            <source>Cannot tell the caption format from “%1”: name it .srt, .vtt or .ass.</source>
            <translation>Impossible de déterminer le format de sous-titres de « %1 » : nommez-le en .srt, .vtt ou .ass.</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Impossible d’écrire « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>CaptionFileActions</name>
        <message>
            <source>Import captions</source>
            <translation>Importer des sous-titres</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, %3): %n caption(s) imported</source>
            <translation>
                <numerusform>%1 (%2, %3) : %n sous-titre importé</numerusform>
                <numerusform>%1 (%2, %3) : %n sous-titres importés</numerusform>
            </translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>The project has no captions to export.</source>
            <translation>Le projet n’a pas de sous-titres à exporter.</translation>
        </message>
        <message>
            <source>Caption files (*.srt *.vtt *.ass *.ssa);;All files (*)</source>
            <translation>Fichiers de sous-titres (*.srt *.vtt *.ass *.ssa);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>SubRip (*.srt);;WebVTT (*.vtt);;Advanced SubStation Alpha (*.ass)</source>
            <translation>SubRip (*.srt);;WebVTT (*.vtt);;Advanced SubStation Alpha (*.ass)</translation>
        </message>
    </context>
    <context>
        <name>CaptionParseContext</name>
        <message>
            <source>The cues are not in time order; they were sorted by start time.</source>
            <translation>Les sous-titres ne sont pas dans l’ordre chronologique ; ils ont été triés par temps de début.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (and %n more line(s) like this)</source>
            <translation>
                <numerusform>%1 (et %n autre ligne semblable)</numerusform>
                <numerusform>%1 (et %n autres lignes semblables)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more warning(s) not shown.</source>
            <translation>
                <numerusform>%n autre avertissement non affiché.</numerusform>
                <numerusform>%n autres avertissements non affichés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptionRules</name>
        <message>
            <source>The caption is too long: %1 characters, at most %2.</source>
            <translation>La légende est trop longue : %1 caractères, pour %2 au maximum.</translation>
        </message>
        <message>
            <source>The caption has %1 hashtags; the platform links at most %2, the others stay plain text.</source>
            <translation>La légende contient %1 hashtags ; la plateforme en lie au plus %2, les autres restent du texte simple.</translation>
        </message>
        <message>
            <source>The caption mentions %1 accounts; the platform links at most %2, the others stay plain text.</source>
            <translation>La légende mentionne %1 comptes ; la plateforme en lie au plus %2, les autres restent du texte simple.</translation>
        </message>
        <message>
            <source>The title is too long: %1 characters, at most %2.</source>
            <translation>Le titre est trop long : %1 caractères, %2 au maximum.</translation>
        </message>
    </context>
    <context>
        <name>CaptionText</name>
        <message>
            <source>Unknown text encoding “%1”. Try UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252 or ISO-8859-1.</source>
            <translation>Encodage de texte inconnu : « %1 ». Essayez UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252 ou ISO-8859-1.</translation>
        </message>
    </context>
    <context>
        <name>ChromaKeyFilter</name>
        <message>
            <source>Key colour</source>
            <translation>Couleur clé</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarité</translation>
        </message>
        <message>
            <source>Edge softness</source>
            <translation>Douceur des bords</translation>
        </message>
        <message>
            <source>Spill suppression</source>
            <translation>Suppression du débordement</translation>
        </message>
        <message>
            <source>Background colour</source>
            <translation>Couleur de fond</translation>
        </message>
        <message>
            <source>The chroma key's background image cannot be read.</source>
            <translation>L’image de fond de l’incrustation chroma est illisible.</translation>
        </message>
        <message>
            <source>Chroma key</source>
            <translation>Incrustation chroma</translation>
        </message>
        <message>
            <source>Background image or clip</source>
            <translation>Image ou clip d’arrière-plan</translation>
        </message>
        <message>
            <source>The chroma key's background does not exist.</source>
            <translation>L’arrière-plan de l’incrustation n’existe pas.</translation>
        </message>
    </context>
    <context>
        <name>ChunkPlan</name>
        <message>
            <source>The video file is empty.</source>
            <translation>Le fichier vidéo est vide.</translation>
        </message>
        <message>
            <source>The video file is too large to upload (%1 bytes; the limit is %2 bytes).</source>
            <translation>Le fichier vidéo est trop volumineux pour être envoyé (%1 octets ; la limite est de %2 octets).</translation>
        </message>
        <message>
            <source>The upload's chunk sizes do not follow the platform's rules.</source>
            <translation>La taille des segments de l’envoi ne respecte pas les règles de la plateforme.</translation>
        </message>
    </context>
    <context>
        <name>ComplianceCheck</name>
        <message>
            <source>Rules for %1</source>
            <translation>Règles pour %1</translation>
        </message>
        <message>
            <source>Montaj has no rules for “%1”; check its disclosure rules yourself.</source>
            <translation>Montaj n’a pas de règles pour « %1 » ; vérifiez vous-même ses règles de transparence.</translation>
        </message>
        <message>
            <source>Category allowed (%1)</source>
            <translation>Catégorie autorisée (%1)</translation>
        </message>
        <message>
            <source>“%1” cannot be promoted to an audience in %2.</source>
            <translation>%2 : « %1 » ne peut pas faire l’objet d’une promotion auprès de l’audience de ce pays.</translation>
        </message>
        <message>
            <source>Remove %1 from the deal's audiences or decline the deal.</source>
            <translation>Retirez ce pays (%1) des audiences du partenariat, ou refusez le partenariat.</translation>
        </message>
        <message>
            <source>“Branded content” turned on (Paid partnership)</source>
            <translation>« Contenu de marque » activé (Partenariat rémunéré)</translation>
        </message>
        <message>
            <source>This post is part of a brand deal: turn on “Branded content” so the platform shows “Paid partnership”.</source>
            <translation>Cette publication fait partie d’un partenariat de marque : activez « Contenu de marque » pour que la plateforme affiche « Partenariat rémunéré ».</translation>
        </message>
        <message>
            <source>In the post's disclosure, choose “Branded content”.</source>
            <translation>Dans la déclaration du contenu de la publication, choisissez « Contenu de marque ».</translation>
        </message>
        <message>
            <source>“Your brand” turned on (Promotional content)</source>
            <translation>« Votre marque » activé (Contenu promotionnel)</translation>
        </message>
        <message>
            <source>This post promotes your own brand: turn on “Your brand” so the platform shows “Promotional content”.</source>
            <translation>Cette publication fait la promotion de votre propre marque : activez « Votre marque » pour que la plateforme affiche « Contenu promotionnel ».</translation>
        </message>
        <message>
            <source>In the post's disclosure, choose “Your brand”.</source>
            <translation>Dans la déclaration du contenu de la publication, choisissez « Votre marque ».</translation>
        </message>
        <message>
            <source>Branded content is not private</source>
            <translation>Le contenu de marque n’est pas privé</translation>
        </message>
        <message>
            <source>Branded content cannot be posted as “Only me”.</source>
            <translation>Le contenu de marque ne peut pas être publié avec la visibilité « Seulement moi ».</translation>
        </message>
        <message>
            <source>Choose another audience for the post.</source>
            <translation>Choisissez une autre audience pour la publication.</translation>
        </message>
        <message>
            <source>Labelled as AI-generated</source>
            <translation>Identifié comme généré par l’IA</translation>
        </message>
        <message>
            <source>This deliverable contains AI-generated content: turn on “AI-generated content”.</source>
            <translation>Ce livrable contient du contenu généré par l’IA : activez « Contenu généré par l’IA ».</translation>
        </message>
        <message>
            <source>In the post's disclosure, turn on “AI-generated content”.</source>
            <translation>Dans la déclaration du contenu de la publication, activez « Contenu généré par l’IA ».</translation>
        </message>
        <message>
            <source>Caption starts with a disclosure (%1)</source>
            <translation>La légende commence par une mention publicitaire (%1)</translation>
        </message>
        <message>
            <source>Start the caption with %1.</source>
            <translation>Commencez la légende par %1.</translation>
        </message>
        <message>
            <source>For %1, “%2” is in the caption but not at its start, where people see it first.</source>
            <translation>%1 : « %2 » figure dans la légende, mais pas au début, là où on le voit en premier.</translation>
        </message>
        <message>
            <source>For %1, “%2” is not a clear enough disclosure. Start the caption with one of: %3.</source>
            <translation>%1 : « %2 » n’est pas une mention assez claire. Commencez la légende par l’une de ces mentions (%3).</translation>
        </message>
        <message>
            <source>For %1, the caption must start with one of: %2.</source>
            <translation>%1 : la légende doit commencer par l’une de ces mentions (%2).</translation>
        </message>
        <message>
            <source>“%1” shown on the video the whole time (%2)</source>
            <translation>« %1 » affiché sur la vidéo pendant toute sa durée (%2)</translation>
        </message>
        <message>
            <source>The project has no video yet, so “%1” cannot be checked.</source>
            <translation>Le projet n’a pas encore de vidéo : impossible de vérifier « %1 ».</translation>
        </message>
        <message>
            <source>For %1, the video must show “%2” from start to end.</source>
            <translation>%1 : la vidéo doit afficher « %2 » du début à la fin.</translation>
        </message>
        <message>
            <source>For %1, “%2” must stay on screen the whole time; it is missing for %3 s.</source>
            <translation>%1 : « %2 » doit rester à l’écran pendant toute la durée ; il manque pendant %3 s.</translation>
        </message>
        <message>
            <source>Add “%1” to the video in one click.</source>
            <translation>Ajoutez « %1 » à la vidéo en un clic.</translation>
        </message>
        <message>
            <source>For %1, the video must show “%2” from start to end. Confirm it does, or post from a Montaj project so Montaj can check it.</source>
            <translation>%1 : la vidéo doit afficher « %2 » du début à la fin. Confirmez que c’est le cas, ou publiez depuis un projet Montaj pour que Montaj puisse le vérifier.</translation>
        </message>
        <message>
            <source>Confirm that the video shows “%1” the whole time.</source>
            <translation>Confirmez que la vidéo affiche « %1 » pendant toute sa durée.</translation>
        </message>
        <message>
            <source>For %1, showing “%2” in the video itself is recommended.</source>
            <translation>%1 : il est recommandé d’afficher « %2 » dans la vidéo elle-même.</translation>
        </message>
        <message>
            <source>The video was retouched (beauty or face filters): for %1 it must show “%2” the whole time.</source>
            <translation>%1 : la vidéo a été retouchée (filtres beauté ou visage) ; elle doit afficher « %2 » pendant toute sa durée.</translation>
        </message>
        <message>
            <source>The video shows AI-generated people or scenes: for %1 it must show “%2” the whole time.</source>
            <translation>%1 : la vidéo montre des personnes ou des scènes générées par l’IA ; elle doit afficher « %2 » pendant toute sa durée.</translation>
        </message>
        <message>
            <source>Written contract signed (%1)</source>
            <translation>Contrat écrit signé (%1)</translation>
        </message>
        <message>
            <source>For %1, this advertiser pays %2 this year (the threshold is %3): a signed written contract is required before posting.</source>
            <translation>%1 : cet annonceur vous verse %2 cette année (le seuil est de %3) ; un contrat écrit signé est obligatoire avant de publier.</translation>
        </message>
        <message>
            <source>Attach the signed contract to the deal and mark it as signed.</source>
            <translation>Joignez le contrat signé au partenariat et indiquez qu’il est signé.</translation>
        </message>
        <message>
            <source>Amounts counted toward the contract threshold (%1)</source>
            <translation>Montants pris en compte pour le seuil du contrat (%1)</translation>
        </message>
        <message>
            <source>Amounts in %1 were not counted toward the %2 threshold; check them yourself.</source>
            <translation>Les montants en %1 n’ont pas été pris en compte pour le seuil de %2 ; vérifiez-les vous-même.</translation>
        </message>
        <message>
            <source>Hashtags and mentions from the brief</source>
            <translation>Hashtags et mentions du brief</translation>
        </message>
        <message>
            <source>The brief asks for %1 in the caption.</source>
            <translation>Le brief demande %1 dans la légende.</translation>
        </message>
        <message>
            <source>Words the brief rules out</source>
            <translation>Mots exclus par le brief</translation>
        </message>
        <message>
            <source>The caption says %1, which the brief asks you not to say.</source>
            <translation>La légende contient %1, que le brief vous demande de ne pas employer.</translation>
        </message>
    </context>
    <context>
        <name>ComplianceRules</name>
        <message>
            <source>The compliance rules could not be read.</source>
            <translation>Les règles de conformité n’ont pas pu être lues.</translation>
        </message>
        <message>
            <source>The compliance rules file is not valid.</source>
            <translation>Le fichier des règles de conformité n’est pas valide.</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Beauty and skincare</source>
            <translation>Beauté et soins de la peau</translation>
        </message>
        <message>
            <source>Fashion</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Food and drink</source>
            <translation>Alimentation et boissons</translation>
        </message>
        <message>
            <source>Coffee</source>
            <translation>Café</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>Fitness</translation>
        </message>
        <message>
            <source>Outdoor gear</source>
            <translation>Équipement de plein air</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Technologie</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>Jeux vidéo</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Voyage</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Cosmetic surgery and aesthetic medicine</source>
            <translation>Chirurgie et médecine esthétiques</translation>
        </message>
        <message>
            <source>Giving up medical treatment</source>
            <translation>Abstention thérapeutique</translation>
        </message>
        <message>
            <source>Nicotine products</source>
            <translation>Produits contenant de la nicotine</translation>
        </message>
        <message>
            <source>E-cigarettes with nicotine</source>
            <translation>Cigarettes électroniques avec nicotine</translation>
        </message>
        <message>
            <source>Prescription-only medicines</source>
            <translation>Médicaments soumis à prescription</translation>
        </message>
        <message>
            <source>Wild (non-domestic) animals</source>
            <translation>Animaux sauvages (non domestiques)</translation>
        </message>
        <message>
            <source>Gambling without a licence</source>
            <translation>Jeux d’argent sans agrément</translation>
        </message>
        <message>
            <source>Crypto-assets from unregistered providers</source>
            <translation>Crypto-actifs de prestataires non enregistrés</translation>
        </message>
        <message>
            <source>High-risk financial products</source>
            <translation>Produits financiers à risque élevé</translation>
        </message>
        <message>
            <source>Paid sports betting tips</source>
            <translation>Pronostics sportifs payants</translation>
        </message>
    </context>
    <context>
        <name>ComposerRules</name>
        <message>
            <source>Commercial content is disclosed: choose “Your brand”, “Branded content” or both.</source>
            <translation>Le contenu commercial est déclaré : choisissez « Votre marque », « Contenu de marque » ou les deux.</translation>
        </message>
        <message>
            <source>Choose the account to post to.</source>
            <translation>Choisissez le compte sur lequel publier.</translation>
        </message>
        <message>
            <source>Choose the video to post.</source>
            <translation>Choisissez la vidéo à publier.</translation>
        </message>
        <message>
            <source>The video file cannot be found.</source>
            <translation>Le fichier vidéo est introuvable.</translation>
        </message>
        <message>
            <source>Branded content cannot be visible to “Only me”: choose another audience.</source>
            <translation>Le contenu de marque ne peut pas être visible par « Seulement moi » : choisissez une autre audience.</translation>
        </message>
        <message>
            <source>The video lasts %1; this account may post videos of at most %2.</source>
            <translation>La vidéo dure %1 ; ce compte peut publier des vidéos de %2 au maximum.</translation>
        </message>
        <message>
            <source>Choose when to publish.</source>
            <translation>Choisissez quand publier.</translation>
        </message>
        <message>
            <source>Choose a time in the future.</source>
            <translation>Choisissez une heure dans le futur.</translation>
        </message>
        <message>
            <source>Tick the consent box once you have checked the preview.</source>
            <translation>Cochez la case de consentement après avoir vérifié l’aperçu.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Read your profile info (avatar, display name)</source>
            <translation>lire les informations de votre profil (avatar, nom affiché)</translation>
        </message>
        <message>
            <source>Read your profile details (username, bio, verified badge)</source>
            <translation>lire les détails de votre profil (nom d’utilisateur, bio, badge de vérification)</translation>
        </message>
        <message>
            <source>Read your statistics (followers, following, likes, number of videos)</source>
            <translation>lire vos statistiques (abonnés, abonnements, J’aime, nombre de vidéos)</translation>
        </message>
        <message>
            <source>Read your public videos and their view, like, comment and share counts</source>
            <translation>lire vos vidéos publiques et leur nombre de vues, de J’aime, de commentaires et de partages</translation>
        </message>
        <message>
            <source>Post videos directly to your profile</source>
            <translation>publier des vidéos directement sur votre profil</translation>
        </message>
        <message>
            <source>Send videos to your inbox as drafts for you to finish</source>
            <translation>envoyer des vidéos sous forme de brouillons dans votre boîte de réception, pour que vous les finalisiez</translation>
        </message>
        <message>
            <source>Montaj wants to access your sandbox account</source>
            <translation>Montaj souhaite accéder à votre compte du bac à sable</translation>
        </message>
        <message>
            <source>This is the Montaj platform sandbox: nothing leaves this computer. Your answer goes back to the app at %1.</source>
            <translation>Ceci est le bac à sable de plateforme de Montaj : rien ne quitte cet ordinateur. Votre réponse est renvoyée à l’application à l’adresse %1.</translation>
        </message>
        <message>
            <source>Sign in as</source>
            <translation>Se connecter en tant que</translation>
        </message>
        <message>
            <source>%1 (@%2)</source>
            <translation>%1 (@%2)</translation>
        </message>
        <message>
            <source>private account</source>
            <translation>compte privé</translation>
        </message>
        <message>
            <source>Allow Montaj to</source>
            <translation>Autoriser Montaj à</translation>
        </message>
        <message>
            <source>Untick anything you do not want to share. You can withdraw access at any time.</source>
            <translation>Décochez tout ce que vous ne souhaitez pas partager. Vous pouvez retirer l’accès à tout moment.</translation>
        </message>
        <message>
            <source>Authorize</source>
            <translation>Autoriser</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Authorize Montaj</source>
            <translation>Autoriser Montaj</translation>
        </message>
    </context>
    <context>
        <name>ContrastFilter</name>
        <message>
            <source>Contrast</source>
            <translation>Contraste</translation>
        </message>
    </context>
    <context>
        <name>ConversionSettings</name>
        <message>
            <source>The creator share must be between 0 % and 100 %.</source>
            <translation>La part du créateur doit être comprise entre 0 % et 100 %.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
        </message>
        <message>
            <source>A diamond's value must be more than zero.</source>
            <translation>La valeur d’un diamant doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>An exchange rate needs two different currencies.</source>
            <translation>Un taux de change demande deux devises différentes.</translation>
        </message>
        <message>
            <source>An exchange rate must be more than zero.</source>
            <translation>Un taux de change doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>The amount is too large to compute exactly.</source>
            <translation>Le montant est trop grand pour être calculé exactement.</translation>
        </message>
        <message>
            <source>the earliest gifts</source>
            <translation>les tout premiers cadeaux</translation>
        </message>
        <message>
            <source>No creator share is set for %1. Add one in the conversion settings.</source>
            <translation>Aucune part du créateur n’est définie pour %1. Ajoutez-en une dans les réglages de conversion.</translation>
        </message>
        <message>
            <source>A diamond has no value in %1 for %2. Add a diamond value or an exchange rate in the conversion settings.</source>
            <translation>Un diamant n’a pas de valeur en %1 pour %2. Ajoutez une valeur de diamant ou un taux de change dans les réglages de conversion.</translation>
        </message>
    </context>
    <context>
        <name>CreatorCheck</name>
        <message>
            <source>Choose who can see this post, then schedule it again.</source>
            <translation>Choisissez qui peut voir cette publication, puis planifiez-la à nouveau.</translation>
        </message>
        <message>
            <source>@%1 no longer offers the visibility “%2” (it offers %3). Choose another one and schedule the post again.</source>
            <translation>@%1 ne propose plus la visibilité « %2 » (il propose %3). Choisissez-en une autre et planifiez à nouveau la publication.</translation>
        </message>
        <message>
            <source>@%1 has turned comments off: untick “Allow comments” and schedule the post again.</source>
            <translation>@%1 a désactivé les commentaires : décochez « Autoriser les commentaires » et planifiez à nouveau la publication.</translation>
        </message>
        <message>
            <source>@%1 has turned duets off: untick “Allow duets” and schedule the post again.</source>
            <translation>@%1 a désactivé les duos : décochez « Autoriser les duos » et planifiez à nouveau la publication.</translation>
        </message>
        <message>
            <source>@%1 has turned stitches off: untick “Allow stitches” and schedule the post again.</source>
            <translation>@%1 a désactivé les collages (stitch) : décochez « Autoriser les collages » et planifiez à nouveau la publication.</translation>
        </message>
        <message>
            <source>The photo %1 is a file on this computer, but the platform only fetches photos from web addresses (HTTPS) you have verified. Put the photos on your own storage, use their addresses, and schedule the post again.</source>
            <translation>La photo %1 est un fichier sur cet ordinateur, mais la plateforme ne récupère les photos qu’à des adresses web (HTTPS) que vous avez vérifiées. Placez les photos sur votre propre espace de stockage, utilisez leurs adresses et planifiez à nouveau la publication.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
            <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le depuis le tableur au format « CSV UTF-8 ».</translation>
        </message>
        <message>
            <source>A quoted cell that starts on line %1 is never closed.</source>
            <translation>Une cellule entre guillemets commençant à la ligne %1 n’est jamais fermée.</translation>
        </message>
    </context>
    <context>
        <name>CubeLut</name>
        <message>
            <source>The LUT file cannot be read: %1.</source>
            <translation>Le fichier LUT est illisible : %1.</translation>
        </message>
        <message>
            <source>A LUT row must hold three numbers; found “%1”.</source>
            <translation>Une ligne de LUT doit contenir trois nombres ; ligne trouvée : « %1 ».</translation>
        </message>
        <message>
            <source>LUT_3D_SIZE must be a whole number from %1 to %2 (17, 33 or 65 usually); found “%3”.</source>
            <translation>LUT_3D_SIZE doit être un nombre entier de %1 à %2 (généralement 17, 33 ou 65) ; valeur trouvée : « %3 ».</translation>
        </message>
        <message>
            <source>%1 must be followed by three numbers.</source>
            <translation>%1 doit être suivi de trois nombres.</translation>
        </message>
        <message>
            <source>%1 must be followed by two numbers.</source>
            <translation>%1 doit être suivi de deux nombres.</translation>
        </message>
        <message>
            <source>1D LUTs are not supported; use a 3D LUT (LUT_3D_SIZE).</source>
            <translation>Les LUT 1D ne sont pas prises en charge ; utilisez une LUT 3D (LUT_3D_SIZE).</translation>
        </message>
        <message>
            <source>Unknown keyword “%1” in the LUT file.</source>
            <translation>Mot-clé inconnu « %1 » dans le fichier LUT.</translation>
        </message>
        <message>
            <source>LUT rows start before LUT_3D_SIZE says how many there are.</source>
            <translation>Les lignes de la LUT commencent avant que LUT_3D_SIZE n’en indique le nombre.</translation>
        </message>
        <message>
            <source>The LUT has more rows than LUT_3D_SIZE %1 allows (%2).</source>
            <translation>La LUT a plus de lignes que LUT_3D_SIZE %1 n’en permet (%2).</translation>
        </message>
        <message>
            <source>LUT values must lie between 0 and 1; found %1.</source>
            <translation>Les valeurs de la LUT doivent être comprises entre 0 et 1 ; valeur trouvée : %1.</translation>
        </message>
        <message>
            <source>The LUT file has no LUT_3D_SIZE line.</source>
            <translation>Le fichier LUT n’a pas de ligne LUT_3D_SIZE.</translation>
        </message>
        <message>
            <source>The LUT ends after %1 of its %2 rows.</source>
            <translation>La LUT s’arrête après %1 de ses %2 lignes.</translation>
        </message>
        <message>
            <source>DOMAIN_MIN must be below DOMAIN_MAX for every channel.</source>
            <translation>DOMAIN_MIN doit être inférieur à DOMAIN_MAX pour chaque canal.</translation>
        </message>
    </context>
    <context>
        <name>DealChecks</name>
        <message>
            <source>Paid partnership</source>
            <translation>Partenariat rémunéré</translation>
        </message>
        <message>
            <source>Gifted products</source>
            <translation>Produits offerts</translation>
        </message>
        <message>
            <source>Affiliate links</source>
            <translation>Liens d’affiliation</translation>
        </message>
        <message>
            <source>My own brand</source>
            <translation>Ma propre marque</translation>
        </message>
        <message>
            <source>%1 × %2 on %3</source>
            <translation>%1 × %2 sur %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no posting window</source>
            <translation>sans période de publication</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 — %2 (posting %3)</source>
            <translation>%1 — %2 (publication : %3)</translation>
        </message>
    </context>
    <context>
        <name>DealCsvExport</name>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>Le fichier n’a pas pu être enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>DealErrors</name>
        <message>
            <source>The deals in this workspace were saved by a newer Montaj (deals schema %1; this version knows up to %2). Update Montaj to open them.</source>
            <translation>Les partenariats de cet espace de travail ont été enregistrés par une version plus récente de Montaj (schéma des partenariats %1 ; cette version connaît jusqu’au %2). Mettez Montaj à jour pour les ouvrir.</translation>
        </message>
        <message>
            <source>This item no longer exists in the workspace.</source>
            <translation>Cet élément n’existe plus dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Someone else changed this deal in the meantime. Reload it and make your change again.</source>
            <translation>Quelqu’un d’autre a modifié ce partenariat entre-temps. Rechargez-le et refaites votre modification.</translation>
        </message>
        <message>
            <source>Move the deal through its pipeline to change its stage.</source>
            <translation>Pour changer l’étape du partenariat, déplacez-le dans le pipeline.</translation>
        </message>
        <message>
            <source>A required field is empty.</source>
            <translation>Un champ obligatoire est vide.</translation>
        </message>
        <message>
            <source>This deal has issued invoices, so it cannot be deleted. Close it instead.</source>
            <translation>Ce partenariat a des factures émises : il ne peut pas être supprimé. Clôturez-le plutôt.</translation>
        </message>
        <message>
            <source>An issued invoice cannot be changed or deleted. Void it and issue a new one.</source>
            <translation>Une facture émise ne peut être ni modifiée ni supprimée. Annulez-la et émettez-en une nouvelle.</translation>
        </message>
        <message>
            <source>Payments can only be recorded on an issued invoice that is not void.</source>
            <translation>Un paiement ne peut être enregistré que sur une facture émise et non annulée.</translation>
        </message>
        <message>
            <source>This payment is more than what is left to pay (%1).</source>
            <translation>Ce paiement dépasse le reste à payer (%1).</translation>
        </message>
        <message>
            <source>The amount must be greater than zero.</source>
            <translation>Le montant doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>An invoice needs at least one line with a quantity and a price before it is issued.</source>
            <translation>Une facture doit comporter au moins une ligne avec une quantité et un prix avant d’être émise.</translation>
        </message>
        <message>
            <source>Amounts in %1 cannot be mixed with amounts in %2.</source>
            <translation>Les montants en %1 ne peuvent pas être mélangés avec des montants en %2.</translation>
        </message>
    </context>
    <context>
        <name>DealPipeline</name>
        <message>
            <source>A deal cannot move from “%1” to “%2”.</source>
            <translation>Un partenariat ne peut pas passer de « %1 » à « %2 ».</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Negotiating</source>
            <translation>En négociation</translation>
        </message>
        <message>
            <source>Contracted</source>
            <translation>Sous contrat</translation>
        </message>
        <message>
            <source>In production</source>
            <translation>En production</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En validation</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Facturée</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paiement reçu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdue</translation>
        </message>
    </context>
    <context>
        <name>DealReminders</name>
        <message>
            <source>The invitation from %1 expires on %2.</source>
            <translation>L’invitation de %1 expire le %2.</translation>
        </message>
        <message>
            <source>The draft for %1 was due on %2.</source>
            <translation>Le brouillon pour %1 était à rendre le %2.</translation>
        </message>
        <message>
            <source>The draft for %1 is due on %2.</source>
            <translation>Le brouillon pour %1 est à rendre le %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 closed on %2 without a published post.</source>
            <translation>La période de publication pour %1 s’est terminée le %2 sans aucune publication.</translation>
        </message>
        <message>
            <source>The posting window for %1 opens on %2.</source>
            <translation>La période de publication pour %1 commence le %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 closes on %2.</source>
            <translation>La période de publication pour %1 se termine le %2.</translation>
        </message>
        <message>
            <source>The posting window for %1 is open and nothing is scheduled yet.</source>
            <translation>La période de publication pour %1 est ouverte et rien n’est encore planifié.</translation>
        </message>
        <message numerus="yes">
            <source>The deal with %1 has been “%2” for %n day(s) without a change.</source>
            <translation>
                <numerusform>Le partenariat avec %1 est à l’étape « %2 » depuis %n jour, sans changement.</numerusform>
                <numerusform>Le partenariat avec %1 est à l’étape « %2 » depuis %n jours, sans changement.</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 was due on %2 and is not fully paid.</source>
            <translation>La facture %1 était due le %2 et n’est pas entièrement payée.</translation>
        </message>
    </context>
    <context>
        <name>EarningsCsvExport</name>
        <message>
            <source>The file %1 could not be written.</source>
            <translation>Le fichier %1 n’a pas pu être écrit.</translation>
        </message>
    </context>
    <context>
        <name>EarningsFormat</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage; use the language's spacing and sign</comment>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>EarningsLedger</name>
        <message>
            <source>The earnings ledger could not be read or written (%1).</source>
            <translation>Le registre des revenus n’a pas pu être lu ou écrit (%1).</translation>
        </message>
        <message>
            <source>The earnings ledger %1 could not be opened.</source>
            <translation>Le registre des revenus %1 n’a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>The earnings ledger was written by a newer Montaj. Update Montaj to open it.</source>
            <translation>Le registre des revenus a été écrit par une version plus récente de Montaj. Mettez Montaj à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>There is no ledger entry %1.</source>
            <translation>Il n’existe pas d’écriture %1 dans le registre.</translation>
        </message>
        <message>
            <source>Entry %1 is itself a correction; record a new entry instead.</source>
            <translation>L’écriture %1 est elle-même une correction ; enregistrez plutôt une nouvelle écriture.</translation>
        </message>
        <message>
            <source>Entry %1 has already been reversed.</source>
            <translation>L’écriture %1 a déjà été annulée.</translation>
        </message>
    </context>
    <context>
        <name>EarningsReport</name>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
        </message>
    </context>
    <context>
        <name>ExclusivityCheck</name>
        <message>
            <source>%1 has exclusivity for this category from %2; this deal's posts would run at the same time.</source>
            <translation>%1 a l’exclusivité sur cette catégorie à partir du %2 ; les publications de ce partenariat seraient diffusées en même temps.</translation>
        </message>
        <message>
            <source>This deal's exclusivity would cover the posts of your deal with %1 (from %2).</source>
            <translation>L’exclusivité de ce partenariat couvrirait les publications de votre partenariat avec %1 (à partir du %2).</translation>
        </message>
        <message>
            <source>On %1 your deal with %2 is still in its post-term exclusivity for this category.</source>
            <translation>Le %1, votre partenariat avec %2 est encore dans sa prolongation d’exclusivité pour cette catégorie.</translation>
        </message>
        <message>
            <source>On %1 your deal with %2 is exclusive for this category.</source>
            <translation>Le %1, votre partenariat avec %2 est exclusif pour cette catégorie.</translation>
        </message>
    </context>
    <context>
        <name>ExportCheck</name>
        <message>
            <source>The frame rate is %1 fps; the platform accepts %2 to %3 fps.</source>
            <translation>La fréquence d’images est de %1 fps ; la plateforme accepte de %2 à %3 fps.</translation>
        </message>
        <message>
            <source>The picture is %1×%2 pixels; each side must be between %3 and %4 pixels.</source>
            <translation>L’image fait %1×%2 pixels ; chaque côté doit mesurer entre %3 et %4 pixels.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; the platform accepts at most %2 s. Trim %3 s.</source>
            <translation>La vidéo dure %1 s ; la plateforme accepte au plus %2 s. Raccourcissez-la de %3 s.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; this account may post at most %2 s. Trim %3 s.</source>
            <translation>La vidéo dure %1 s ; ce compte peut publier au plus %2 s. Raccourcissez-la de %3 s.</translation>
        </message>
        <message>
            <source>The project has no clips: add at least one before exporting.</source>
            <translation>Le projet ne contient aucun clip : ajoutez-en au moins un avant d’exporter.</translation>
        </message>
        <message>
            <source>The media file %1 is missing: relink it before exporting.</source>
            <translation>Le fichier média %1 est introuvable : reconnectez-le avant d’exporter.</translation>
        </message>
        <message>
            <source>The file has no video.</source>
            <translation>Le fichier ne contient pas de vidéo.</translation>
        </message>
        <message>
            <source>The video codec is %1; the platform wants %2.</source>
            <translation>Le codec vidéo est %1 ; la plateforme demande %2.</translation>
        </message>
        <message>
            <source>The H.264 profile is %1; the preset wants %2.</source>
            <translation>Le profil H.264 est %1 ; le préréglage demande %2.</translation>
        </message>
        <message>
            <source>The pixel format is %1; the platform wants %2.</source>
            <translation>Le format de pixel est %1 ; la plateforme demande %2.</translation>
        </message>
        <message>
            <source>The file is %1; the platform accepts at most %2.</source>
            <translation>Le fichier fait %1 ; la plateforme accepte au plus %2.</translation>
        </message>
        <message>
            <source>The picture is %1×%2; the preset makes %3×%4.</source>
            <translation>L’image fait %1×%2 ; le préréglage produit du %3×%4.</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>Cannot create the folder for %1.</source>
            <translation>Impossible de créer le dossier de %1.</translation>
        </message>
        <message>
            <source>The export finished but could not be saved as %1: %2</source>
            <translation>L’export est terminé mais n’a pas pu être enregistré sous %1 : %2</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>L’export a été annulé.</translation>
        </message>
    </context>
    <context>
        <name>ExportPreset</name>
        <message>
            <source>TikTok 1080×1920, 30 fps</source>
            <translation>TikTok 1080×1920, 30 fps</translation>
        </message>
        <message>
            <source>TikTok 1080×1920, 60 fps</source>
            <translation>TikTok 1080×1920, 60 fps</translation>
        </message>
        <message>
            <source>Instagram Reels 1080×1920, 30 fps</source>
            <translation>Instagram Reels 1080×1920, 30 fps</translation>
        </message>
        <message>
            <source>YouTube Shorts 1080×1920, 30 fps</source>
            <translation>YouTube Shorts 1080×1920, 30 fps</translation>
        </message>
        <message>
            <source>Keep the source's size and frame rate</source>
            <translation>Conserver la taille et la fréquence d’images de la source</translation>
        </message>
    </context>
    <context>
        <name>ExposureFilter</name>
        <message>
            <source>Exposure (stops)</source>
            <translation>Exposition (IL)</translation>
        </message>
        <message>
            <source>Exposure</source>
            <translation>Exposition</translation>
        </message>
    </context>
    <context>
        <name>FacePrivacyFilter</name>
        <message>
            <source>Hide faces by</source>
            <translation>Masquer les visages par</translation>
        </message>
        <message>
            <source>Pixelation</source>
            <translation>Pixellisation</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>Flou</translation>
        </message>
        <message>
            <source>Blocks across a face</source>
            <translation>Blocs sur la largeur d’un visage</translation>
        </message>
        <message>
            <source>Margin around a face</source>
            <translation>Marge autour d’un visage</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>Ellipse</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Rectangle</translation>
        </message>
        <message>
            <source>Face privacy</source>
            <translation>Anonymisation des visages</translation>
        </message>
    </context>
    <context>
        <name>FaceTracker</name>
        <message>
            <source>The face detector's cascade file is missing (on Debian and Ubuntu it comes with the package opencv-data).</source>
            <translation>Le fichier cascade du détecteur de visages est manquant (sous Debian et Ubuntu, il est fourni par le paquet opencv-data).</translation>
        </message>
        <message>
            <source>The face detector's cascade file cannot be loaded.</source>
            <translation>Le fichier cascade du détecteur de visages n’a pas pu être chargé.</translation>
        </message>
    </context>
    <context>
        <name>FaultInjector</name>
        <message>
            <source>The sandbox fault “%1” is not understood: %2</source>
            <translation>Le bac à sable ne comprend pas la panne « %1 » : %2</translation>
        </message>
        <message>
            <source>give the delay as milliseconds, e.g. latency=50ms.</source>
            <translation>indiquez le délai en millisecondes, par exemple latency=50ms.</translation>
        </message>
        <message>
            <source>give a path prefix and a probability, e.g. error_rate=/v2/video/list/:0.2.</source>
            <translation>indiquez un préfixe de chemin et une probabilité, par exemple error_rate=/v2/video/list/:0.2.</translation>
        </message>
        <message>
            <source>give a probability between 0 and 1.</source>
            <translation>indiquez une probabilité comprise entre 0 et 1.</translation>
        </message>
        <message>
            <source>use expire_tokens, expire_tokens=access or expire_tokens=all.</source>
            <translation>utilisez expire_tokens, expire_tokens=access ou expire_tokens=all.</translation>
        </message>
        <message>
            <source>unknown fault.</source>
            <translation>panne inconnue.</translation>
        </message>
        <message>
            <source>give a path prefix and a probability, e.g. drop_reply=/v2/post/publish/video/init/:0.1.</source>
            <translation>indiquez un préfixe de chemin et une probabilité, par exemple drop_reply=/v2/post/publish/video/init/:0.1.</translation>
        </message>
    </context>
    <context>
        <name>Filter</name>
        <message>
            <source>The filter “%1” has no parameter “%2” (it has: %3).</source>
            <translation>Le filtre « %1 » n’a pas de paramètre « %2 » (ses paramètres : %3).</translation>
        </message>
        <message>
            <source>The filter “%1” failed.</source>
            <translation>Le filtre « %1 » a échoué.</translation>
        </message>
    </context>
    <context>
        <name>FilterChecks</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>An error about a filter, then where it is: a file and its line ("warm.cube:12").</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Unknown filter “%1”</source>
            <extracomment>A filter this version of Montaj does not know (from a newer version), by its id.</extracomment>
            <translation>Filtre inconnu « %1 »</translation>
        </message>
    </context>
    <context>
        <name>FilterFrameHook</name>
        <message>
            <source>The export canvas is not a yuv420p frame.</source>
            <translation>Le canevas d’export n’est pas une image yuv420p.</translation>
        </message>
    </context>
    <context>
        <name>FilterParam</name>
        <message>
            <source>The value of “%1” must be a number.</source>
            <translation>La valeur de « %1 » doit être un nombre.</translation>
        </message>
        <message>
            <source>The value of “%1” must lie between %2 and %3.</source>
            <translation>La valeur de « %1 » doit être comprise entre %2 et %3.</translation>
        </message>
        <message>
            <source>The value of “%1” must be true or false.</source>
            <translation>La valeur de « %1 » doit être true ou false.</translation>
        </message>
        <message>
            <source>The value of “%1” must be one of: %2.</source>
            <translation>La valeur de « %1 » doit être l’une des suivantes : %2.</translation>
        </message>
        <message>
            <source>The value of “%1” must be a file path.</source>
            <translation>La valeur de « %1 » doit être un chemin de fichier.</translation>
        </message>
        <message>
            <source>The value of “%1” must be a colour such as #00ff00.</source>
            <translation>La valeur de « %1 » doit être une couleur, par exemple #00ff00.</translation>
        </message>
        <message>
            <source>The value of “%1” is not valid.</source>
            <translation>La valeur de « %1 » n’est pas valide.</translation>
        </message>
    </context>
    <context>
        <name>FilterSpec</name>
        <message>
            <source>A filter spec needs a filter name, as in exposure:ev=0.5.</source>
            <translation>Une spécification de filtre doit comporter un nom de filtre, comme dans exposure:ev=0.5.</translation>
        </message>
        <message>
            <source>Unknown filter “%1”. Known filters: %2.</source>
            <translation>Filtre inconnu « %1 ». Filtres connus : %2.</translation>
        </message>
        <message>
            <source>A quote in the filter spec is not closed.</source>
            <translation>Un guillemet n’est pas fermé dans la spécification de filtre.</translation>
        </message>
        <message>
            <source>“%1” is not key=value in the filter spec.</source>
            <translation>« %1 » n’est pas de la forme key=value dans la spécification de filtre.</translation>
        </message>
        <message>
            <source>“%1” is given twice in the filter spec.</source>
            <translation>« %1 » est indiqué deux fois dans la spécification de filtre.</translation>
        </message>
    </context>
    <context>
        <name>FilterStack</name>
        <message>
            <source>Unknown filter “%1”. Known filters: %2.</source>
            <translation>Filtre inconnu « %1 ». Filtres connus : %2.</translation>
        </message>
        <message>
            <source>The filter “%1” cannot be prepared.</source>
            <translation>Le filtre « %1 » ne peut pas être préparé.</translation>
        </message>
        <message>
            <source>Filters need an 8-bit BGR picture.</source>
            <translation>Les filtres ont besoin d’une image BGR 8 bits.</translation>
        </message>
        <message>
            <source>A filter failed on a frame.</source>
            <translation>Un filtre a échoué sur une image.</translation>
        </message>
    </context>
    <context>
        <name>GiftCatalog</name>
        <message>
            <source>A gift's price cannot be negative.</source>
            <translation>Le prix d’un cadeau ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>A gift needs a name.</source>
            <translation>Un cadeau doit avoir un nom.</translation>
        </message>
    </context>
    <context>
        <name>GiftCsvImport</name>
        <message>
            <source>The file %1 could not be read.</source>
            <translation>Le fichier %1 n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
        </message>
        <message>
            <source>The file has no column %1. See the documented columns for earnings imports.</source>
            <translation>Le fichier n’a pas de colonne %1. Consultez les colonnes documentées pour l’import des revenus.</translation>
        </message>
        <message>
            <source>Line %1 has %2 fields where the header has %3.</source>
            <translation>La ligne %1 compte %2 champs alors que l’en-tête en compte %3.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: a value is required.</source>
            <translation>Ligne %1, colonne « %2 » : une valeur est obligatoire.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not a whole number.</source>
            <translation>Ligne %1, colonne « %2 » : « %3 » n’est pas un nombre entier.</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not a date and time (2024-06-01T20:15:00Z).</source>
            <translation>Ligne %1, colonne « %2 » : « %3 » n’est pas une date et heure (2024-06-01T20:15:00Z).</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: “%3” is not yes or no (1/0, true/false).</source>
            <translation>Ligne %1, colonne « %2 » : « %3 » n’est ni oui ni non (1/0, true/false).</translation>
        </message>
        <message>
            <source>Line %1, column “%2”: the count must be at least 1.</source>
            <translation>Ligne %1, colonne « %2 » : le nombre doit être au moins 1.</translation>
        </message>
        <message>
            <source>Line %1: gift %2 has no price. Add a unit_coins column or set the gift's price in the catalog.</source>
            <translation>Ligne %1 : le cadeau %2 n’a pas de prix. Ajoutez une colonne unit_coins ou définissez le prix du cadeau dans le catalogue.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is not closed or is followed by other text.</source>
            <translation>Ligne %1 : un champ entre guillemets n’est pas fermé ou est suivi d’un autre texte.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) in %1; nothing was imported. %2</source>
            <translation>
                <numerusform>%Ln problème dans %1 ; rien n’a été importé. %2</numerusform>
                <numerusform>%Ln problèmes dans %1 ; rien n’a été importé. %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GrainFilter</name>
        <message>
            <source>Grain size (pixels)</source>
            <translation>Taille du grain (pixels)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Film grain</source>
            <translation>Grain de film</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
    </context>
    <context>
        <name>HistoryCsv</name>
        <message>
            <source>“%1” is not a count (e.g. 987, 213.1K, 1.6M).</source>
            <translation>« %1 » n’est pas un nombre (par exemple 987, 213.1K, 1.6M).</translation>
        </message>
        <message>
            <source>“%1” is not a date and time (yyyy-mm-dd hh:mm:ss).</source>
            <translation>« %1 » n’est pas une date et une heure (yyyy-mm-dd hh:mm:ss).</translation>
        </message>
        <message>
            <source>“%1” is not a duration (mm:ss or seconds).</source>
            <translation>« %1 » n’est pas une durée (mm:ss ou secondes).</translation>
        </message>
        <message>
            <source>“%1” is not yes or no.</source>
            <translation>« %1 » ne vaut ni yes ni no.</translation>
        </message>
        <message>
            <source>The video id is missing.</source>
            <translation>L’identifiant de la vidéo est manquant.</translation>
        </message>
        <message>
            <source>The history file is empty.</source>
            <translation>Le fichier d’historique est vide.</translation>
        </message>
        <message>
            <source>This is not a history file Montaj knows: the header names neither Montaj’s columns (profile, creator, video_id, posted_at, observed_at, views…) nor the scraped layout’s (user_name, vid_id, vid_postTime, vid_scrapeTime, vid_nview…).</source>
            <translation>Ce n’est pas un fichier d’historique connu de Montaj : l’en-tête ne nomme ni les colonnes de Montaj (profile, creator, video_id, posted_at, observed_at, views…) ni celles du format collecté par scraping (user_name, vid_id, vid_postTime, vid_scrapeTime, vid_nview…).</translation>
        </message>
        <message>
            <source>A quoted field is not closed before the end of the file.</source>
            <translation>Un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
        </message>
        <message>
            <source>The row has %1 fields; the header has %2.</source>
            <translation>La ligne compte %1 champs ; l’en-tête en compte %2.</translation>
        </message>
        <message>
            <source>The creator is missing.</source>
            <translation>Le créateur est manquant.</translation>
        </message>
        <message>
            <source>The platform profile is missing.</source>
            <translation>Le profil de plateforme est manquant.</translation>
        </message>
        <message>
            <source>The post time is missing.</source>
            <translation>L’heure de publication est manquante.</translation>
        </message>
        <message>
            <source>The time the counters were read is missing.</source>
            <translation>L’heure de relevé des compteurs est manquante.</translation>
        </message>
        <message>
            <source>No usable video in the history file (a usable row has views, a post time and the time its counters were read).</source>
            <translation>Aucune vidéo exploitable dans le fichier d’historique (une ligne exploitable comporte des vues, une heure de publication et l’heure de relevé de ses compteurs).</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>IcsWriter</name>
        <message>
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <source>Visibility: %1</source>
            <translation>Visibilité : %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>État : %1</translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>le fichier n’existe pas.</translation>
        </message>
        <message>
            <source>this is a folder, not a media file.</source>
            <translation>c’est un dossier, pas un fichier média.</translation>
        </message>
        <message>
            <source>the file cannot be read (check its permissions).</source>
            <translation>le fichier ne peut pas être lu (vérifiez ses droits).</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes).</source>
            <translation>le fichier est vide (0 octet).</translation>
        </message>
        <message>
            <source>not a media file Montaj can read, or it is damaged or truncated (%1).</source>
            <translation>ce n’est pas un fichier média que Montaj sait lire, ou il est endommagé ou tronqué (%1).</translation>
        </message>
        <message>
            <source>the file's streams cannot be read; it may be damaged or truncated (%1).</source>
            <translation>les flux du fichier ne peuvent pas être lus ; il est peut-être endommagé ou tronqué (%1).</translation>
        </message>
        <message>
            <source>the file holds no audio or video.</source>
            <translation>le fichier ne contient ni son ni vidéo.</translation>
        </message>
        <message>
            <source>its picture size %1×%2 is outside what Montaj handles (1 to %3 pixels a side).</source>
            <translation>sa taille d’image %1×%2 dépasse ce que Montaj gère (de 1 à %3 pixels de côté).</translation>
        </message>
        <message>
            <source>out of memory.</source>
            <translation>mémoire insuffisante.</translation>
        </message>
        <message>
            <source>the %1 decoder refused the stream (%2).</source>
            <translation>le décodeur %1 a refusé le flux (%2).</translation>
        </message>
        <message>
            <source>its audio codec “%1” cannot be decoded by this build of Montaj.</source>
            <translation>son codec audio « %1 » ne peut pas être décodé par cette version de Montaj.</translation>
        </message>
        <message>
            <source>its video codec “%1” cannot be decoded by this build of Montaj.</source>
            <translation>son codec vidéo « %1 » ne peut pas être décodé par cette version de Montaj.</translation>
        </message>
    </context>
    <context>
        <name>InvoiceMath</name>
        <message>
            <source>A VAT rate must be between 0 % and 100 %.</source>
            <translation>Un taux de TVA doit être compris entre 0 % et 100 %.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Émise</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Paiement partiel</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paiement reçu</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>InvoicePdf</name>
        <message>
            <source>Invoices can be written in English, French or Arabic.</source>
            <translation>Les factures peuvent être rédigées en anglais, en français ou en arabe.</translation>
        </message>
        <message>
            <source>The invoice could not be saved: %1</source>
            <translation>La facture n’a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>The project file has an invalid value for “%1”.</source>
            <translation>Le fichier de projet contient une valeur invalide pour « %1 ».</translation>
        </message>
        <message>
            <source>The project file lacks the field “%1”.</source>
            <translation>Il manque le champ « %1 » dans le fichier de projet.</translation>
        </message>
    </context>
    <context>
        <name>LiveGiftEvent</name>
        <message>
            <source>A LIVE gift event could not be read: the field “%1” is missing or wrong.</source>
            <translation>Un événement de cadeau LIVE n’a pas pu être lu : le champ « %1 » est absent ou incorrect.</translation>
        </message>
    </context>
    <context>
        <name>LookFile</name>
        <message>
            <source>The look file cannot be read: %1.</source>
            <translation>Le fichier de look est illisible : %1.</translation>
        </message>
        <message>
            <source>The look file cannot be written: %1.</source>
            <translation>Le fichier de look n’a pas pu être écrit : %1.</translation>
        </message>
        <message>
            <source>The look file is not valid JSON: %1.</source>
            <translation>Le fichier de look n’est pas un JSON valide : %1.</translation>
        </message>
        <message>
            <source>This is not a Montaj look file.</source>
            <translation>Ce n’est pas un fichier de look Montaj.</translation>
        </message>
        <message>
            <source>The look file has no valid version.</source>
            <translation>Le fichier de look n’a pas de version valide.</translation>
        </message>
        <message>
            <source>This look was saved by a newer version of Montaj (look version %1; this one reads up to %2).</source>
            <translation>Ce look a été enregistré par une version plus récente de Montaj (version de look %1 ; celle-ci lit jusqu’à la version %2).</translation>
        </message>
        <message>
            <source>The look file has no list of filters.</source>
            <translation>Le fichier de look ne contient pas de liste de filtres.</translation>
        </message>
        <message>
            <source>The look uses an unknown filter “%1”.</source>
            <translation>Le look utilise un filtre inconnu « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>LutFilter</name>
        <message>
            <source>LUT file</source>
            <translation>Fichier LUT</translation>
        </message>
        <message>
            <source>Intensity</source>
            <translation>Intensité</translation>
        </message>
        <message>
            <source>LUT (.cube)</source>
            <translation>LUT (.cube)</translation>
        </message>
    </context>
    <context>
        <name>MediaBinActions</name>
        <message numerus="yes">
            <source>Add %n clip(s) to the timeline</source>
            <translation>
                <numerusform>Ajouter %n clip à la timeline</numerusform>
                <numerusform>Ajouter %n clips à la timeline</numerusform>
            </translation>
        </message>
        <message>
            <source>Insert at the playhead</source>
            <translation>Insérer à la tête de lecture</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n file(s) from the media bin</source>
            <translation>
                <numerusform>Retirer %n fichier du chutier</numerusform>
                <numerusform>Retirer %n fichiers du chutier</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaProbe</name>
        <message>
            <source>its codec “%1” cannot be decoded by this build of Montaj.</source>
            <translation>son codec « %1 » ne peut pas être décodé par cette version de Montaj.</translation>
        </message>
        <message>
            <source>the file holds no audio or video.</source>
            <translation>le fichier ne contient ni son ni vidéo.</translation>
        </message>
        <message>
            <source>no picture in it can be decoded; the file is damaged or truncated.</source>
            <translation>aucune image ne peut y être décodée ; le fichier est endommagé ou tronqué.</translation>
        </message>
        <message>
            <source>its length cannot be determined; the file is damaged or truncated.</source>
            <translation>sa durée ne peut pas être déterminée ; le fichier est endommagé ou tronqué.</translation>
        </message>
    </context>
    <context>
        <name>MediaRuleCheck</name>
        <message>
            <source>%1 is not a video the platform accepts (container %2, codec %3). Use MP4, MOV or WebM with %4.</source>
            <translation>%1 n’est pas une vidéo acceptée par la plateforme (conteneur %2, codec %3). Utilisez MP4, MOV ou WebM avec %4.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>The picture is %1×%2 pixels; the platform accepts %3 to %4 pixels on each side.</source>
            <translation>L’image fait %1×%2 pixels ; la plateforme accepte de %3 à %4 pixels de côté.</translation>
        </message>
        <message>
            <source>The video runs at %1 fps; the platform accepts %2 to %3 fps.</source>
            <translation>La vidéo tourne à %1 fps ; la plateforme accepte de %2 à %3 fps.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; the platform accepts at most %2 s.</source>
            <translation>La vidéo dure %1 s ; la plateforme accepte au plus %2 s.</translation>
        </message>
        <message>
            <source>The video lasts %1 s; @%2 may post at most %3 s. Trim it and schedule it again.</source>
            <translation>La vidéo dure %1 s ; @%2 peut publier au plus %3 s. Raccourcissez-la et planifiez-la à nouveau.</translation>
        </message>
        <message>
            <source>The video is %1; the platform accepts at most %2.</source>
            <translation>La vidéo fait %1 ; la plateforme accepte au plus %2.</translation>
        </message>
    </context>
    <context>
        <name>MediaWriter</name>
        <message>
            <source>This build of FFmpeg has no H.264 encoder (libx264).</source>
            <translation>Cette version de FFmpeg n’a pas d’encodeur H.264 (libx264).</translation>
        </message>
        <message>
            <source>This build of FFmpeg has no AAC encoder.</source>
            <translation>Cette version de FFmpeg n’a pas d’encodeur AAC.</translation>
        </message>
        <message>
            <source>%1: the MP4 file could not be created (%2).</source>
            <translation>%1 : le fichier MP4 n’a pas pu être créé (%2).</translation>
        </message>
        <message>
            <source>%1: the H.264 encoder could not start (%2).</source>
            <translation>%1 : l’encodeur H.264 n’a pas pu démarrer (%2).</translation>
        </message>
        <message>
            <source>%1: the AAC encoder could not start (%2).</source>
            <translation>%1 : l’encodeur AAC n’a pas pu démarrer (%2).</translation>
        </message>
        <message>
            <source>%1: no memory for the sound (%2).</source>
            <translation>%1 : pas assez de mémoire pour le son (%2).</translation>
        </message>
        <message>
            <source>%1: the file cannot be opened for writing (%2).</source>
            <translation>%1 : le fichier ne peut pas être ouvert en écriture (%2).</translation>
        </message>
        <message>
            <source>%1: the file header cannot be written (%2).</source>
            <translation>%1 : l’en-tête du fichier ne peut pas être écrit (%2).</translation>
        </message>
        <message>
            <source>%1: no memory for the picture (%2).</source>
            <translation>%1 : pas assez de mémoire pour l’image (%2).</translation>
        </message>
        <message>
            <source>%1: encoding failed (%2).</source>
            <translation>%1 : l’encodage a échoué (%2).</translation>
        </message>
        <message>
            <source>%1: writing to the file failed (%2).</source>
            <translation>%1 : l’écriture dans le fichier a échoué (%2).</translation>
        </message>
        <message>
            <source>%1: a picture could not be encoded (%2).</source>
            <translation>%1 : une image n’a pas pu être encodée (%2).</translation>
        </message>
        <message>
            <source>%1: the sound could not be encoded (%2).</source>
            <translation>%1 : le son n’a pas pu être encodé (%2).</translation>
        </message>
        <message>
            <source>%1: the file could not be completed (%2).</source>
            <translation>%1 : le fichier n’a pas pu être terminé (%2).</translation>
        </message>
        <message>
            <source>%1: the Matroska file could not be created (%2).</source>
            <translation>%1 : le fichier Matroska n’a pas pu être créé (%2).</translation>
        </message>
        <message>
            <source>A subtitle track can only be written into a finished MP4 file.</source>
            <translation>Une piste de sous-titres ne peut être écrite que dans un fichier MP4 finalisé.</translation>
        </message>
    </context>
    <context>
        <name>MicroDecimal</name>
        <message>
            <source>“%1” is not a number with at most six decimal places.</source>
            <translation>« %1 » n’est pas un nombre à six décimales au plus.</translation>
        </message>
    </context>
    <context>
        <name>MicrophoneSource</name>
        <message>
            <source>The microphone offers no sound format Montaj can record.</source>
            <translation>Le micro ne propose aucun format audio que Montaj puisse enregistrer.</translation>
        </message>
        <message>
            <source>The microphone could not be opened: another program may be using it, or Montaj is not allowed to record sound.</source>
            <translation>Impossible d’ouvrir le micro : un autre programme l’utilise peut-être, ou Montaj n’est pas autorisé à enregistrer le son.</translation>
        </message>
        <message>
            <source>The microphone stopped working.</source>
            <translation>Le micro a cessé de fonctionner.</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>Micro</translation>
        </message>
        <message>
            <source>No microphone was found. Connect one, or record without sound or with the test tone.</source>
            <translation>Aucun micro n’a été trouvé. Branchez-en un, ou enregistrez sans son ou avec la tonalité de test.</translation>
        </message>
        <message>
            <source>The chosen microphone is not connected any more.</source>
            <translation>Le micro choisi n’est plus branché.</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
        </message>
        <message>
            <source>“%1” is not an amount of money.</source>
            <translation>« %1 » n’est pas un montant.</translation>
        </message>
        <message>
            <source>The amount is too large to be represented exactly.</source>
            <translation>Le montant est trop grand pour être représenté exactement.</translation>
        </message>
        <message>
            <source>Cannot combine amounts in %1 and %2.</source>
            <translation>Impossible de combiner des montants en %1 et en %2.</translation>
        </message>
        <message>
            <source>Cannot divide an amount by zero.</source>
            <translation>Impossible de diviser un montant par zéro.</translation>
        </message>
        <message>
            <source>Allocation weights cannot be negative.</source>
            <translation>Les poids de répartition ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <source>Allocation needs at least one positive weight.</source>
            <translation>La répartition demande au moins un poids positif.</translation>
        </message>
    </context>
    <context>
        <name>MovTextTrack</name>
        <message>
            <source>This build of FFmpeg cannot write MP4 subtitle tracks (mov_text).</source>
            <translation>Cette version de FFmpeg ne sait pas écrire de pistes de sous-titres MP4 (mov_text).</translation>
        </message>
        <message>
            <source>The MP4 subtitle track could not be prepared (%1).</source>
            <translation>La piste de sous-titres MP4 n’a pas pu être préparée (%1).</translation>
        </message>
        <message>
            <source>The MP4 subtitle track could not be added.</source>
            <translation>La piste de sous-titres MP4 n’a pas pu être ajoutée.</translation>
        </message>
        <message>
            <source>There is not enough memory for the subtitles.</source>
            <translation>Il n’y a pas assez de mémoire pour les sous-titres.</translation>
        </message>
        <message>
            <source>Writing the subtitle track failed (%1).</source>
            <translation>L’écriture de la piste de sous-titres a échoué (%1).</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Record clips in takes</source>
            <translation>Enregistrez vos clips en plusieurs prises</translation>
        </message>
        <message>
            <source>This page will record your camera and microphone, or your screen, in takes, with vertical framing guides. Recording is not available yet.</source>
            <translation>Cette page enregistrera votre caméra et votre micro, ou votre écran, en plusieurs prises, avec des repères de cadrage vertical. L’enregistrement n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Montage</translation>
        </message>
        <message>
            <source>Cut your video</source>
            <translation>Montez votre vidéo</translation>
        </message>
        <message>
            <source>This page will hold the preview player, the timeline and the inspector: trim, split, reorder, text overlays, music, filters, with undo and autosave. Editing is not available yet.</source>
            <translation>Cette page contiendra le lecteur d’aperçu, la timeline et l’inspecteur : couper, scinder, réordonner, textes en surimpression, musique, filtres, avec annulation et sauvegarde automatique. Le montage n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Sous-titres</translation>
        </message>
        <message>
            <source>Caption every word</source>
            <translation>Sous-titrez chaque mot</translation>
        </message>
        <message>
            <source>This page will import and export SRT, VTT and ASS subtitles, style them, burn them into the video and create them automatically from speech. Captions are not available yet.</source>
            <translation>Cette page importera et exportera des sous-titres SRT, VTT et ASS, les mettra en forme, les incrustera dans la vidéo et les créera automatiquement à partir de la parole. Les sous-titres ne sont pas encore disponibles.</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publier</translation>
        </message>
        <message>
            <source>Schedule your posts</source>
            <translation>Planifiez vos publications</translation>
        </message>
        <message>
            <source>This page will export platform-ready video and schedule uploads, for one creator or for an agency's many accounts. Publishing is not available yet.</source>
            <translation>Cette page exportera des vidéos prêtes pour la plateforme et planifiera leur mise en ligne, pour un créateur ou pour les nombreux comptes d’une agence. La publication n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>Estimate views before you post</source>
            <translation>Estimez les vues avant de publier</translation>
        </message>
        <message>
            <source>This page will estimate how many views a draft may get, calibrated on your own history, with an honest range. Estimates are not available yet.</source>
            <translation>Cette page estimera le nombre de vues qu’un brouillon peut obtenir, calibré sur votre propre historique, avec une fourchette honnête. Les estimations ne sont pas encore disponibles.</translation>
        </message>
        <message>
            <source>Collaborations</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Track your brand deals</source>
            <translation>Suivez vos partenariats de marque</translation>
        </message>
        <message>
            <source>This page will follow brand deals from invitation to payment: deliverables, disclosure rules for each country, and invoices. Collaborations are not available yet.</source>
            <translation>Cette page suivra les partenariats de marque de l’invitation au paiement : livrables, règles de transparence de chaque pays et factures. Les collaborations ne sont pas encore disponibles.</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>Revenus</translation>
        </message>
        <message>
            <source>See what your LIVEs earn</source>
            <translation>Voyez ce que rapportent vos LIVE</translation>
        </message>
        <message>
            <source>This page will count LIVE gifts as coins, diamonds and money, per session and per month. Earnings are not available yet.</source>
            <translation>Cette page comptera les cadeaux LIVE en pièces, en diamants et en argent, par session et par mois. Les revenus ne sont pas encore disponibles.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>PanelFormat</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 fps</source>
            <translation>%1 fps</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>−∞ dB</source>
            <translation>−∞ dB</translation>
        </message>
        <message>
            <source>%1 dB</source>
            <translation>%1 dB</translation>
        </message>
    </context>
    <context>
        <name>PayoutBook</name>
        <message>
            <source>Withdrawals were recorded in %1. Set the payout currency back to %1 to see the balance.</source>
            <translation>Les retraits ont été enregistrés en %1. Remettez la devise de versement sur %1 pour voir le solde.</translation>
        </message>
        <message>
            <source>Withdrawals are recorded in the payout currency, %1.</source>
            <translation>Les retraits sont enregistrés dans la devise de versement, %1.</translation>
        </message>
        <message>
            <source>A withdrawal must be more than zero.</source>
            <translation>Un retrait doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>The minimum withdrawal is set in %1; set it in the payout currency, %2.</source>
            <translation>Le retrait minimum est défini en %1 ; définissez-le dans la devise de versement, %2.</translation>
        </message>
        <message>
            <source>The minimum withdrawal is %1; %2 is below it.</source>
            <translation>Le retrait minimum est de %1 ; %2 est en dessous.</translation>
        </message>
        <message>
            <source>The balance on %1 is %2; %3 cannot be withdrawn.</source>
            <translation>Le solde au %1 est de %2 ; impossible de retirer %3.</translation>
        </message>
        <message>
            <source>There is no withdrawal %1 to reverse.</source>
            <translation>Il n’existe pas de retrait %1 à annuler.</translation>
        </message>
        <message>
            <source>Withdrawal %1 has already been reversed.</source>
            <translation>Le retrait %1 a déjà été annulé.</translation>
        </message>
    </context>
    <context>
        <name>PlatformError</name>
        <message>
            <source>The platform reported an unexpected error.</source>
            <translation>La plateforme a signalé une erreur inattendue.</translation>
        </message>
        <message>
            <source>Your sign-in has expired. Montaj will renew it and try again.</source>
            <translation>Votre connexion a expiré. Montaj va la renouveler et réessayer.</translation>
        </message>
        <message>
            <source>You did not give Montaj permission for this. Sign in again and allow it.</source>
            <translation>Vous n’avez pas accordé cette autorisation à Montaj. Reconnectez-vous et accordez-la.</translation>
        </message>
        <message>
            <source>Montaj's app is not allowed to do this on the platform yet.</source>
            <translation>L’application Montaj n’est pas encore autorisée à effectuer cette action sur la plateforme.</translation>
        </message>
        <message>
            <source>Too many requests to the platform. Montaj will try again shortly.</source>
            <translation>Trop de requêtes ont été envoyées à la plateforme. Montaj va réessayer dans un instant.</translation>
        </message>
        <message>
            <source>The platform refused the request as invalid.</source>
            <translation>La plateforme a refusé la requête, qu’elle juge non valide.</translation>
        </message>
        <message>
            <source>The video file does not meet the platform's upload requirements.</source>
            <translation>Le fichier vidéo ne respecte pas les exigences d’envoi de la plateforme.</translation>
        </message>
        <message>
            <source>The platform had a temporary problem. Montaj will try again.</source>
            <translation>La plateforme a rencontré un problème temporaire. Montaj va réessayer.</translation>
        </message>
        <message>
            <source>You have posted too many times today. Try again tomorrow.</source>
            <translation>Vous avez publié trop de fois aujourd’hui. Réessayez demain.</translation>
        </message>
        <message>
            <source>This account is currently not allowed to post.</source>
            <translation>Ce compte n’est pas autorisé à publier pour le moment.</translation>
        </message>
        <message>
            <source>Montaj's app has reached its daily limit of users. Try again tomorrow.</source>
            <translation>L’application Montaj a atteint sa limite quotidienne d’utilisateurs. Réessayez demain.</translation>
        </message>
        <message>
            <source>This app is not reviewed yet: it can only post to private accounts, visible only to you.</source>
            <translation>Cette application n’a pas encore été examinée : elle ne peut publier que sur des comptes privés, et les publications ne sont visibles que par vous.</translation>
        </message>
        <message>
            <source>The platform cannot fetch media from this address: its domain is not verified.</source>
            <translation>La plateforme ne peut pas récupérer de médias à cette adresse : son domaine n’est pas vérifié.</translation>
        </message>
        <message>
            <source>The chosen audience is not available for this account. Choose another one.</source>
            <translation>L’audience choisie n’est pas disponible pour ce compte. Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>Too many uploads are waiting in your inbox. Finish or delete some, then try again.</source>
            <translation>Trop d’envois sont en attente dans votre boîte de réception. Finalisez-en ou supprimez-en quelques-uns, puis réessayez.</translation>
        </message>
        <message>
            <source>The sign-in request was malformed.</source>
            <translation>La demande de connexion était mal formée.</translation>
        </message>
        <message>
            <source>The platform does not recognise Montaj's app credentials.</source>
            <translation>La plateforme ne reconnaît pas les identifiants de l’application Montaj.</translation>
        </message>
        <message>
            <source>Your sign-in is no longer valid (expired, revoked or already used). Sign in again.</source>
            <translation>Votre connexion n’est plus valide (expirée, révoquée ou déjà utilisée). Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Montaj's app is not allowed to sign in this way.</source>
            <translation>L’application Montaj n’est pas autorisée à se connecter de cette façon.</translation>
        </message>
        <message>
            <source>The platform does not support this kind of sign-in.</source>
            <translation>La plateforme ne prend pas en charge ce type de connexion.</translation>
        </message>
        <message>
            <source>Montaj asked for a permission the platform does not know.</source>
            <translation>Montaj a demandé une autorisation que la plateforme ne connaît pas.</translation>
        </message>
        <message>
            <source>Sign-in was cancelled or permission was refused.</source>
            <translation>La connexion a été annulée ou l’autorisation a été refusée.</translation>
        </message>
        <message>
            <source>The platform's sign-in service had a problem. Try again.</source>
            <translation>Le service de connexion de la plateforme a rencontré un problème. Réessayez.</translation>
        </message>
        <message>
            <source>The platform's sign-in service is temporarily unavailable. Try again.</source>
            <translation>Le service de connexion de la plateforme est temporairement indisponible. Réessayez.</translation>
        </message>
        <message>
            <source>The sign-in answer did not belong to this sign-in attempt and was ignored. Sign in again.</source>
            <translation>La réponse de connexion ne correspondait pas à cette tentative de connexion et a été ignorée. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Sign-in took too long and was stopped. Sign in again.</source>
            <translation>La connexion a pris trop de temps et a été interrompue. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>You are not signed in to the platform.</source>
            <translation>Vous n’êtes pas connecté à la plateforme.</translation>
        </message>
        <message>
            <source>The platform refused the upload request.</source>
            <translation>La plateforme a refusé la demande d’envoi.</translation>
        </message>
        <message>
            <source>The upload link has expired. The upload must be started again.</source>
            <translation>Le lien d’envoi a expiré. L’envoi doit être recommencé.</translation>
        </message>
        <message>
            <source>The platform no longer knows this upload. It must be started again.</source>
            <translation>La plateforme ne reconnaît plus cet envoi. Il doit être recommencé.</translation>
        </message>
        <message>
            <source>The platform has a different part of the video than expected. Montaj will resume from there.</source>
            <translation>La plateforme n’a pas reçu la partie de la vidéo attendue. Montaj va reprendre l’envoi à partir de là.</translation>
        </message>
        <message>
            <source>The upload server had a temporary problem. Montaj will try again.</source>
            <translation>Le serveur d’envoi a rencontré un problème temporaire. Montaj va réessayer.</translation>
        </message>
        <message>
            <source>The video file changed since the upload started. The upload must be started again.</source>
            <translation>Le fichier vidéo a changé depuis le début de l’envoi. L’envoi doit être recommencé.</translation>
        </message>
        <message>
            <source>The platform could not read the video's format. Export it as MP4 (H.264).</source>
            <translation>La plateforme n’a pas pu lire le format de la vidéo. Exportez-la en MP4 (H.264).</translation>
        </message>
        <message>
            <source>The video is too long or too short for this account.</source>
            <translation>La vidéo est trop longue ou trop courte pour ce compte.</translation>
        </message>
        <message>
            <source>The video's frame rate is not accepted (23 to 60 frames per second).</source>
            <translation>La fréquence d’images de la vidéo n’est pas acceptée (de 23 à 60 images par seconde).</translation>
        </message>
        <message>
            <source>The video's picture size is not accepted (360 to 4096 pixels on each side).</source>
            <translation>La taille d’image de la vidéo n’est pas acceptée (de 360 à 4096 pixels de côté).</translation>
        </message>
        <message>
            <source>The platform failed to process the video. Montaj will try again.</source>
            <translation>La plateforme n’a pas réussi à traiter la vidéo. Montaj va réessayer.</translation>
        </message>
        <message>
            <source>The platform could not download the video from its address.</source>
            <translation>La plateforme n’a pas pu télécharger la vidéo depuis son adresse.</translation>
        </message>
        <message>
            <source>The post was cancelled.</source>
            <translation>La publication a été annulée.</translation>
        </message>
        <message>
            <source>Montaj's access to the account was removed. Sign in again.</source>
            <translation>L’accès de Montaj au compte a été retiré. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The platform flagged the post's text. Change the caption and try again.</source>
            <translation>La plateforme a signalé le texte de la publication. Modifiez la légende et réessayez.</translation>
        </message>
        <message>
            <source>The platform refused the post as a spam risk.</source>
            <translation>La plateforme a refusé la publication, qu’elle considère comme un risque de spam.</translation>
        </message>
        <message>
            <source>The platform did not answer in time.</source>
            <translation>La plateforme n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>The platform could not be reached. Check the internet connection.</source>
            <translation>Impossible de joindre la plateforme. Vérifiez la connexion Internet.</translation>
        </message>
        <message>
            <source>The platform's secure connection could not be verified.</source>
            <translation>La connexion sécurisée à la plateforme n’a pas pu être vérifiée.</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>La requête a été annulée.</translation>
        </message>
        <message>
            <source>The platform sent an answer Montaj does not understand.</source>
            <translation>La plateforme a envoyé une réponse que Montaj ne comprend pas.</translation>
        </message>
        <message>
            <source>The video file could not be read.</source>
            <translation>Le fichier vidéo n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>Montaj cannot send this request.</source>
            <translation>Montaj ne peut pas envoyer cette requête.</translation>
        </message>
        <message>
            <source>The platform could not download a photo from its address.</source>
            <translation>La plateforme n’a pas pu télécharger une photo depuis son adresse.</translation>
        </message>
    </context>
    <context>
        <name>PlatformProfile</name>
        <message>
            <source>There is no platform profile called “%1”.</source>
            <translation>Il n’existe aucun profil de plateforme nommé « %1 ».</translation>
        </message>
        <message>
            <source>The platform profile “%1” cannot be read.</source>
            <translation>Le profil de plateforme « %1 » ne peut pas être lu.</translation>
        </message>
        <message>
            <source>The platform profile is invalid (field “%1”).</source>
            <translation>Le profil de plateforme n’est pas valide (champ « %1 »).</translation>
        </message>
        <message>
            <source>The platform profile “%1” needs a server address.</source>
            <translation>Le profil de plateforme « %1 » doit indiquer une adresse de serveur.</translation>
        </message>
        <message>
            <source>A platform address must use HTTPS (plain HTTP only on this computer).</source>
            <translation>Une adresse de plateforme doit utiliser HTTPS (le HTTP simple n’est accepté que sur cet ordinateur).</translation>
        </message>
        <message>
            <source>TikTok</source>
            <translation>TikTok</translation>
        </message>
        <message>
            <source>TikTok (US)</source>
            <translation>TikTok (US)</translation>
        </message>
        <message>
            <source>Sandbox (on this computer)</source>
            <translation>Bac à sable (sur cet ordinateur)</translation>
        </message>
    </context>
    <context>
        <name>PocketSphinxEngine</name>
        <message>
            <source>PocketSphinx (offline)</source>
            <translation>PocketSphinx (hors ligne)</translation>
        </message>
        <message>
            <source>This copy of Montaj was built without PocketSphinx.</source>
            <translation>Cette copie de Montaj a été compilée sans PocketSphinx.</translation>
        </message>
        <message>
            <source>The PocketSphinx model for %1 is not installed (on Debian: the package pocketsphinx-en-us).</source>
            <translation>Le modèle PocketSphinx pour %1 n’est pas installé (sous Debian : le paquet pocketsphinx-en-us).</translation>
        </message>
        <message>
            <source>PocketSphinx could not load its model.</source>
            <translation>PocketSphinx n’a pas pu charger son modèle.</translation>
        </message>
        <message>
            <source>PocketSphinx stopped while listening.</source>
            <translation>PocketSphinx s’est arrêté pendant l’écoute.</translation>
        </message>
    </context>
    <context>
        <name>PostCsvImporter</name>
        <message>
            <source>Hootsuite files do not name the account: choose the account the posts are for.</source>
            <translation>Les fichiers Hootsuite n’indiquent pas le compte : choisissez le compte auquel les publications sont destinées.</translation>
        </message>
        <message>
            <source>Hootsuite files do not say who can see the posts: choose a privacy level.</source>
            <translation>Les fichiers Hootsuite n’indiquent pas qui peut voir les publications : choisissez un niveau de confidentialité.</translation>
        </message>
        <message>
            <source>%1 is not a Hootsuite date (expected dd/MM/yyyy HH:mm).</source>
            <translation>%1 n’est pas une date Hootsuite (format attendu : dd/MM/yyyy HH:mm).</translation>
        </message>
        <message>
            <source>Montaj does not know the column %1; it is ignored.</source>
            <translation>Montaj ne connaît pas la colonne %1 ; elle est ignorée.</translation>
        </message>
        <message>
            <source>The column %1 appears twice; the first one is used.</source>
            <translation>La colonne %1 apparaît deux fois ; la première est utilisée.</translation>
        </message>
        <message>
            <source>The column %1 is missing.</source>
            <translation>La colonne %1 est absente.</translation>
        </message>
        <message>
            <source>This row has %1 cells but the header names %2 columns; the extra cells are ignored.</source>
            <translation>Cette ligne compte %1 cellules alors que l’en-tête nomme %2 colonnes ; les cellules en trop sont ignorées.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
    </context>
    <context>
        <name>PostCsvTimeReader</name>
        <message>
            <source>No time: scheduled_at is empty.</source>
            <translation>Aucune heure : scheduled_at est vide.</translation>
        </message>
        <message>
            <source>%1 is not a date and time (expected 2025-06-01T18:30+02:00, or 2025-06-01T18:30 with a time_zone).</source>
            <translation>%1 n’est pas une date et heure (attendu : 2025-06-01T18:30+02:00, ou 2025-06-01T18:30 avec un time_zone).</translation>
        </message>
        <message>
            <source>No time zone: fill time_zone (such as Europe/Paris), or write the time with its UTC offset.</source>
            <translation>Aucun fuseau horaire : remplissez time_zone (par exemple Europe/Paris) ou écrivez l’heure avec son décalage UTC.</translation>
        </message>
        <message>
            <source>%1 is not a time zone Montaj knows (expected an IANA name such as Europe/Paris).</source>
            <translation>%1 n’est pas un fuseau horaire connu de Montaj (attendu : un nom IANA comme Europe/Paris).</translation>
        </message>
        <message>
            <source>The offset UTC%1 is not %2's at that moment (UTC%3): the post goes out at the moment written, %4 in %2.</source>
            <translation>Le décalage UTC%1 n’est pas celui de %2 à ce moment-là (UTC%3) : la publication part à l’instant écrit, soit %4 à l’heure de %2.</translation>
        </message>
        <message>
            <source>%1 (%2) has already passed.</source>
            <translation>%1 (%2) est déjà passé.</translation>
        </message>
    </context>
    <context>
        <name>PostLifecycle</name>
        <message>
            <source>A post that is “%1” cannot become “%2”.</source>
            <translation>Une publication à l’état « %1 » ne peut pas passer à l’état « %2 ».</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Needs approval</source>
            <translation>En attente d’approbation</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Publishing</source>
            <translation>Publication en cours</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>PostRowValidator</name>
        <message>
            <source>The post delivers deal %1 but discloses no commercial content.</source>
            <translation>La publication livre le partenariat %1 mais ne déclare aucun contenu commercial.</translation>
        </message>
        <message>
            <source>No account: give the account's @username or its workspace id.</source>
            <translation>Aucun compte : indiquez le @nom d’utilisateur du compte ou son identifiant dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Several accounts are called %1: give the workspace id instead.</source>
            <translation>Plusieurs comptes s’appellent %1 : indiquez plutôt l’identifiant dans l’espace de travail.</translation>
        </message>
        <message>
            <source>No account %1 in this workspace.</source>
            <translation>Aucun compte %1 dans cet espace de travail.</translation>
        </message>
        <message>
            <source>%1 is not a kind of post (video, project or photos).</source>
            <translation>%1 n’est pas un type de publication (video, project ou photos).</translation>
        </message>
        <message>
            <source>No media: a post needs a video, a Montaj project or photos.</source>
            <translation>Aucun média : une publication a besoin d’une vidéo, d’un projet Montaj ou de photos.</translation>
        </message>
        <message>
            <source>Only a photo post has several files (separated by “|”).</source>
            <translation>Seule une publication photo peut contenir plusieurs fichiers (séparés par « | »).</translation>
        </message>
        <message>
            <source>A photo post has at most %1 photos; this one has %2.</source>
            <translation>Une publication photo contient au plus %1 photos ; celle-ci en contient %2.</translation>
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>Le fichier %1 n’existe pas.</translation>
        </message>
        <message>
            <source>Only photo posts have a title; the video's text is its caption. The title is ignored.</source>
            <translation>Seules les publications photo ont un titre ; le texte d’une vidéo est sa légende. Le titre est ignoré.</translation>
        </message>
        <message>
            <source>The title is too long: %1 characters, at most %2.</source>
            <translation>Le titre est trop long : %1 caractères, %2 au maximum.</translation>
        </message>
        <message>
            <source>No privacy: choose who can see the post (public, friends, followers or only_me).</source>
            <translation>Aucune confidentialité : choisissez qui peut voir la publication (public, friends, followers ou only_me).</translation>
        </message>
        <message>
            <source>%1 is not a privacy level (public, friends, followers, only_me, or the platform's names such as PUBLIC_TO_EVERYONE).</source>
            <translation>%1 n’est pas un niveau de confidentialité (public, friends, followers, only_me, ou les noms de la plateforme comme PUBLIC_TO_EVERYONE).</translation>
        </message>
        <message>
            <source>%1 is not yes or no (true/false, yes/no, 1/0, or empty for no).</source>
            <translation>%1 n’est ni oui ni non (true/false, yes/no, 1/0, ou vide pour non).</translation>
        </message>
        <message>
            <source>Photo posts have no duets or stitches; the setting is ignored.</source>
            <translation>Les publications photo n’ont ni duos ni collages ; le réglage est ignoré.</translation>
        </message>
        <message>
            <source>%1 is not a disclosure (none, your_brand, branded or both).</source>
            <translation>%1 n’est pas une déclaration (none, your_brand, branded ou both).</translation>
        </message>
        <message>
            <source>Branded content cannot be posted with “only me” visibility.</source>
            <translation>Le contenu de marque ne peut pas être publié avec la visibilité « Seulement moi ».</translation>
        </message>
        <message>
            <source>%1 is not a photo number (0 for the first photo).</source>
            <translation>%1 n’est pas un numéro de photo (0 pour la première photo).</translation>
        </message>
        <message>
            <source>%1 is not a time in milliseconds.</source>
            <translation>%1 n’est pas une durée en millisecondes.</translation>
        </message>
        <message>
            <source>The cover is photo %1 but the post has %2 photos (the first is 0).</source>
            <translation>La couverture est la photo %1 mais la publication contient %2 photos (la première porte le numéro 0).</translation>
        </message>
        <message>
            <source>Same account, time, media and caption as line %1.</source>
            <translation>Même compte, heure, média et légende qu’à la ligne %1.</translation>
        </message>
        <message>
            <source>@%1 does not offer the visibility %2; it offers %3.</source>
            <translation>@%1 ne propose pas la visibilité %2 ; il propose %3.</translation>
        </message>
    </context>
    <context>
        <name>PostRules</name>
        <message>
            <source>Choose who can see the post.</source>
            <translation>Choisissez qui peut voir la publication.</translation>
        </message>
        <message>
            <source>This account cannot post with the chosen visibility. Choose another one.</source>
            <translation>Ce compte ne peut pas publier avec la visibilité choisie. Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>The caption is too long: %1 characters, at most %2.</source>
            <translation>La légende est trop longue : %1 caractères, pour %2 au maximum.</translation>
        </message>
        <message>
            <source>Branded content cannot be posted with “only me” visibility.</source>
            <translation>Le contenu de marque ne peut pas être publié avec la visibilité « Seulement moi ».</translation>
        </message>
        <message>
            <source>This account has turned off comments, duets or stitches; they cannot be allowed on this post.</source>
            <translation>Ce compte a désactivé les commentaires, duos ou collages (stitch) ; ils ne peuvent pas être autorisés sur cette publication.</translation>
        </message>
        <message>
            <source>The platform only fetches videos from HTTPS addresses.</source>
            <translation>La plateforme ne récupère les vidéos qu’à partir d’adresses HTTPS.</translation>
        </message>
        <message>
            <source>The video is larger than the platform accepts (at most %1 bytes).</source>
            <translation>La vidéo est plus volumineuse que ce qu’accepte la plateforme (%1 octets au maximum).</translation>
        </message>
        <message>
            <source>The upload's chunk sizes do not follow the platform's rules.</source>
            <translation>La taille des segments de l’envoi ne respecte pas les règles de la plateforme.</translation>
        </message>
        <message>
            <source>The platform only fetches media from HTTPS addresses.</source>
            <translation>La plateforme ne récupère les médias qu’à des adresses HTTPS.</translation>
        </message>
        <message>
            <source>A photo post has from 1 to %1 photos; this one has %2.</source>
            <translation>Une publication photo contient de 1 à %1 photos ; celle-ci en contient %2.</translation>
        </message>
        <message>
            <source>Choose one of the post's photos as its cover.</source>
            <translation>Choisissez l’une des photos de la publication comme couverture.</translation>
        </message>
        <message>
            <source>The title is too long: %1 characters, at most %2.</source>
            <translation>Le titre est trop long : %1 caractères, %2 au maximum.</translation>
        </message>
        <message>
            <source>The description is too long: %1 characters, at most %2.</source>
            <translation>La description est trop longue : %1 caractères, %2 au maximum.</translation>
        </message>
    </context>
    <context>
        <name>PreviewRenderer</name>
        <message>
            <source>The clip's file has no picture size.</source>
            <translation>Le fichier du clip n’a pas de taille d’image.</translation>
        </message>
        <message>
            <source>The project has no canvas size.</source>
            <translation>Le projet n’a pas de taille de canevas.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFile</name>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>Impossible d’ouvrir « %1 » : %2</translation>
        </message>
        <message>
            <source>“%1” is too large to be a project file.</source>
            <translation>« %1 » est trop volumineux pour être un fichier de projet.</translation>
        </message>
        <message>
            <source>The project file is damaged or not JSON: %1.</source>
            <translation>Le fichier de projet est endommagé ou n’est pas du JSON : %1.</translation>
        </message>
        <message>
            <source>The file is not a Montaj project.</source>
            <translation>Ce fichier n’est pas un projet Montaj.</translation>
        </message>
        <message>
            <source>The project file has no valid format version.</source>
            <translation>Le fichier de projet n’a pas de version de format valide.</translation>
        </message>
        <message>
            <source>This project was saved by a newer version of Montaj (format %1); this version reads format %2 and older. Update Montaj to open it.</source>
            <translation>Ce projet a été enregistré par une version plus récente de Montaj (format %1) ; cette version lit le format %2 et les formats antérieurs. Mettez Montaj à jour pour l’ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>ProjectValidator</name>
        <message>
            <source>The clip's source has no duration.</source>
            <translation>La source du clip n’a pas de durée.</translation>
        </message>
        <message>
            <source>The clip would have no length.</source>
            <translation>Le clip n’aurait aucune durée.</translation>
        </message>
        <message>
            <source>The clip cannot extend beyond its source media.</source>
            <translation>Le clip ne peut pas dépasser les limites de son média source.</translation>
        </message>
        <message>
            <source>The volume must be between %1 and %2.</source>
            <translation>Le volume doit être compris entre %1 et %2.</translation>
        </message>
        <message>
            <source>The crop rectangle must lie inside the frame and must not be empty.</source>
            <translation>Le rectangle de recadrage doit se trouver dans l’image et ne pas être vide.</translation>
        </message>
        <message>
            <source>The clip has no media file.</source>
            <translation>Le clip n’a pas de fichier média.</translation>
        </message>
        <message>
            <source>The media path “%1” is not absolute.</source>
            <translation>Le chemin du média « %1 » n’est pas absolu.</translation>
        </message>
        <message>
            <source>The clip's source has neither video nor audio.</source>
            <translation>La source du clip ne contient ni vidéo ni son.</translation>
        </message>
        <message>
            <source>A video clip needs the size of its source.</source>
            <translation>Un clip vidéo doit connaître la taille de sa source.</translation>
        </message>
        <message>
            <source>The text overlay has no text.</source>
            <translation>Le texte en surimpression est vide.</translation>
        </message>
        <message>
            <source>The text must start at or after zero and end after it starts.</source>
            <translation>Le texte doit commencer à zéro ou après, et se terminer après son début.</translation>
        </message>
        <message>
            <source>The text overlay has no font.</source>
            <translation>Le texte en surimpression n’a pas de police.</translation>
        </message>
        <message>
            <source>The font size is out of range.</source>
            <translation>La taille de police est hors limites.</translation>
        </message>
        <message>
            <source>The outline width is out of range.</source>
            <translation>L’épaisseur du contour est hors limites.</translation>
        </message>
        <message>
            <source>The text position must lie on the canvas.</source>
            <translation>La position du texte doit se trouver sur le canevas.</translation>
        </message>
        <message>
            <source>The text overlay has an invalid colour.</source>
            <translation>La couleur du texte en surimpression est invalide.</translation>
        </message>
        <message>
            <source>The music file has no duration.</source>
            <translation>Le fichier de musique n’a pas de durée.</translation>
        </message>
        <message>
            <source>The music must start inside its source file.</source>
            <translation>La musique doit commencer à l’intérieur de son fichier source.</translation>
        </message>
        <message>
            <source>The music cannot start before the timeline.</source>
            <translation>La musique ne peut pas commencer avant le début de la timeline.</translation>
        </message>
        <message>
            <source>The music fades must not be negative or longer than the music.</source>
            <translation>Les fondus de la musique ne doivent être ni négatifs ni plus longs que la musique.</translation>
        </message>
        <message>
            <source>The canvas must be between %1 and %2 pixels on each side.</source>
            <translation>Chaque côté du canevas doit mesurer entre %1 et %2 pixels.</translation>
        </message>
        <message>
            <source>The frame rate is out of range.</source>
            <translation>La fréquence d’images est hors limites.</translation>
        </message>
        <message>
            <source>The canvas colour is invalid.</source>
            <translation>La couleur du canevas est invalide.</translation>
        </message>
        <message>
            <source>Two items share the id “%1”.</source>
            <translation>Deux éléments ont le même identifiant « %1 ».</translation>
        </message>
        <message>
            <source>An item has no id.</source>
            <translation>Un élément n’a pas d’identifiant.</translation>
        </message>
        <message>
            <source>Caption %1 must start at or after zero and end after it starts.</source>
            <translation>Le sous-titre %1 doit commencer à zéro ou après, et se terminer après son début.</translation>
        </message>
        <message>
            <source>Caption %1 starts before the caption above it.</source>
            <translation>Le sous-titre %1 commence avant le sous-titre qui le précède.</translation>
        </message>
        <message>
            <source>A word in caption %1 ends before it starts.</source>
            <translation>Un mot du sous-titre %1 se termine avant de commencer.</translation>
        </message>
        <message>
            <source>The caption style is out of range.</source>
            <translation>Le style des sous-titres est hors limites.</translation>
        </message>
    </context>
    <context>
        <name>ProxyBuilder</name>
        <message>
            <source>The video has no picture size.</source>
            <translation>La vidéo n’a pas de taille d’image.</translation>
        </message>
        <message>
            <source>Cannot create the proxy folder %1.</source>
            <translation>Impossible de créer le dossier des proxys %1.</translation>
        </message>
        <message>
            <source>Making the proxy was cancelled.</source>
            <translation>La création du proxy a été annulée.</translation>
        </message>
        <message>
            <source>The proxy could not be saved as %1.</source>
            <translation>Le proxy n’a pas pu être enregistré sous %1.</translation>
        </message>
    </context>
    <context>
        <name>PublishExport</name>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Le fichier n’a pas pu être écrit : %1</translation>
        </message>
    </context>
    <context>
        <name>PublishText</name>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Friends (followers you follow back)</source>
            <translation>Amis (abonnés que vous suivez en retour)</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Abonnés</translation>
        </message>
        <message>
            <source>Only me</source>
            <translation>Seulement moi</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Non planifiée</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>PublisherLock</name>
        <message>
            <source>Montaj could not create the publisher lock next to the workspace (%1). Check that the folder is writable.</source>
            <translation>Montaj n’a pas pu créer le verrou de l’agent de publication à côté de l’espace de travail (%1). Vérifiez que le dossier est accessible en écriture.</translation>
        </message>
        <message>
            <source>%1, process %2 on %3</source>
            <translation>%1, processus %2 sur %3</translation>
        </message>
        <message>
            <source>unknown program</source>
            <translation>programme inconnu</translation>
        </message>
        <message>
            <source>unknown holder</source>
            <translation>détenteur inconnu</translation>
        </message>
        <message>
            <source>Another publisher (%1) is already publishing from this workspace. Only one publisher may run on a SQLite workspace; stop the other one, or use a PostgreSQL workspace to run several workers.</source>
            <translation>Un autre agent de publication (%1) publie déjà depuis cet espace de travail. Un seul agent de publication peut tourner sur un espace de travail SQLite ; arrêtez l’autre, ou utilisez un espace de travail PostgreSQL pour faire tourner plusieurs agents.</translation>
        </message>
    </context>
    <context>
        <name>RateBook</name>
        <message>
            <source>Commonly quoted figure; check your own.</source>
            <translation>Chiffre couramment cité ; vérifiez le vôtre.</translation>
        </message>
        <message>
            <source>“%1” is not an ISO 4217 currency code.</source>
            <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
        </message>
        <message>
            <source>The minimum withdrawal cannot be negative.</source>
            <translation>Le retrait minimum ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>The tax rate must be between 0 % and 100 %.</source>
            <translation>Le taux d’imposition doit être compris entre 0 % et 100 %.</translation>
        </message>
    </context>
    <context>
        <name>RateCsvImport</name>
        <message>
            <source>The file %1 could not be read.</source>
            <translation>Le fichier %1 n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
        </message>
        <message>
            <source>The file has no column %1. See the documented columns for exchange rates.</source>
            <translation>Le fichier n’a pas de colonne %1. Consultez les colonnes documentées pour les taux de change.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>“%1” is not a date (2024-06-01) or a date and time.</source>
            <translation>« %1 » n’est ni une date (2024-06-01) ni une date et heure.</translation>
        </message>
        <message>
            <source>Line %1: a quoted field is not closed or is followed by other text.</source>
            <translation>Ligne %1 : un champ entre guillemets n’est pas fermé ou est suivi d’un autre texte.</translation>
        </message>
    </context>
    <context>
        <name>ReachBacktest</name>
        <message>
            <source>Too few creators with %1 or more usable videos for a backtest: each half of the creators must give the other enough videos to learn from (%2).</source>
            <translation>Trop peu de créateurs ayant %1 vidéos exploitables ou plus pour un test rétrospectif : chaque moitié des créateurs doit fournir à l’autre assez de vidéos pour apprendre (%2).</translation>
        </message>
        <message>
            <source>No creator has %1 or more usable videos with targets at least %2 days old.</source>
            <translation>Aucun créateur n’a %1 vidéos exploitables ou plus avec des cibles d’au moins %2 jours.</translation>
        </message>
    </context>
    <context>
        <name>ReachDrivers</name>
        <message>
            <source>%1 %</source>
            <extracomment>A change in expected views: %1 is a signed number ("+18", "−6")</extracomment>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Posting at %1 rather than %2: %3 expected views for your audience</source>
            <translation>Publier à %1 plutôt qu’à %2 : %3 de vues attendues pour votre audience</translation>
        </message>
        <message>
            <source>Hashtags %1 did better than your other videos: %2</source>
            <translation>Les hashtags %1 ont fait mieux que vos autres vidéos : %2</translation>
        </message>
        <message>
            <source>Hashtags %1 did worse than your other videos: %2</source>
            <translation>Les hashtags %1 ont fait moins bien que vos autres vidéos : %2</translation>
        </message>
        <message>
            <source>A %1 s video rather than your usual %2 s: %3</source>
            <translation>Une vidéo de %1 s plutôt que vos %2 s habituelles : %3</translation>
        </message>
        <message>
            <source>A photo post rather than a video: %1</source>
            <translation>Une publication photo plutôt qu’une vidéo : %1</translation>
        </message>
        <message>
            <source>A video rather than a photo post: %1</source>
            <translation>Une vidéo plutôt qu’une publication photo : %1</translation>
        </message>
        <message numerus="yes">
            <source>A caption of %n character(s) rather than your usual %1: %2</source>
            <translation>
                <numerusform>Une légende de %n caractère plutôt que vos %1 habituels : %2</numerusform>
                <numerusform>Une légende de %n caractères plutôt que vos %1 habituels : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>With captions, judged by your videos that had them: %1</source>
            <translation>Avec sous-titres, d’après vos vidéos qui en avaient : %1</translation>
        </message>
        <message>
            <source>Without captions, judged by your videos that had none: %1</source>
            <translation>Sans sous-titres, d’après vos vidéos qui n’en avaient pas : %1</translation>
        </message>
        <message>
            <source>Disclosed as commercial content, judged by your disclosed videos: %1</source>
            <translation>Déclaré comme contenu commercial, d’après vos vidéos déclarées : %1</translation>
        </message>
        <message>
            <source>Not commercial content, judged by your other videos: %1</source>
            <translation>Pas de contenu commercial, d’après vos autres vidéos : %1</translation>
        </message>
        <message>
            <source>Your latest videos did better than your usual: %1</source>
            <translation>Vos dernières vidéos ont fait mieux que d’habitude : %1</translation>
        </message>
        <message>
            <source>Your latest videos did worse than your usual: %1</source>
            <translation>Vos dernières vidéos ont fait moins bien que d’habitude : %1</translation>
        </message>
    </context>
    <context>
        <name>ReachEstimator</name>
        <message>
            <source>This history is from the “%1” platform profile and the post goes to “%2”: their audiences differ, so one cannot estimate the other.</source>
            <translation>Cet historique provient du profil de plateforme « %1 » et la publication va sur « %2 » : leurs audiences diffèrent, l’un ne permet donc pas d’estimer l’autre.</translation>
        </message>
        <message>
            <source>The calibration belongs to the “%1” platform profile, not “%2”.</source>
            <translation>Le calibrage appartient au profil de plateforme « %1 », pas à « %2 ».</translation>
        </message>
        <message>
            <source>No earlier video with views: post a few videos (or import their history) and the estimate will follow.</source>
            <translation>Aucune vidéo antérieure avec des vues : publiez quelques vidéos (ou importez leur historique) et l’estimation suivra.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n earlier video(s) to learn from: the range stays wide until there are %1.</source>
            <translation>
                <numerusform>Seulement %n vidéo antérieure pour apprendre : la fourchette reste large tant qu’il n’y en a pas %1.</numerusform>
                <numerusform>Seulement %n vidéos antérieures pour apprendre : la fourchette reste large tant qu’il n’y en a pas %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your latest video is %n day(s) older than this post: the estimate leans on old results.</source>
            <translation>
                <numerusform>Votre dernière vidéo précède cette publication de %n jour : l’estimation repose sur des résultats anciens.</numerusform>
                <numerusform>Votre dernière vidéo précède cette publication de %n jours : l’estimation repose sur des résultats anciens.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your videos’ views vary a lot from one to the next, so the range is wide.</source>
            <translation>Les vues de vos vidéos varient beaucoup de l’une à l’autre : la fourchette est donc large.</translation>
        </message>
    </context>
    <context>
        <name>ReachModel</name>
        <message>
            <source>Too little history to fit a model: %1 videos with enough earlier videos, %2 needed.</source>
            <translation>Historique trop court pour ajuster un modèle : %1 vidéos précédées de suffisamment de vidéos, %2 nécessaires.</translation>
        </message>
        <message>
            <source>This is not a reach model Montaj can read.</source>
            <translation>Ce n’est pas un modèle de portée que Montaj sait lire.</translation>
        </message>
    </context>
    <context>
        <name>ReachStore</name>
        <message>
            <source>Cannot read the reach data “%1”: %2</source>
            <translation>Impossible de lire les données de portée « %1 » : %2</translation>
        </message>
        <message>
            <source>The reach data “%1” is damaged: %2</source>
            <translation>Les données de portée « %1 » sont endommagées : %2</translation>
        </message>
        <message>
            <source>Cannot save the reach data “%1”: %2</source>
            <translation>Impossible d’enregistrer les données de portée « %1 » : %2</translation>
        </message>
        <message>
            <source>Cannot save the history “%1”: %2</source>
            <translation>Impossible d’enregistrer l’historique « %1 » : %2</translation>
        </message>
        <message>
            <source>No history saved for %1 on “%2” yet: fetch it from the platform first.</source>
            <translation>Aucun historique enregistré pour %1 sur « %2 » pour l’instant : récupérez-le d’abord depuis la plateforme.</translation>
        </message>
        <message>
            <source>The saved history holds no video of %1.</source>
            <translation>L’historique enregistré ne contient aucune vidéo de %1.</translation>
        </message>
        <message>
            <source>Cannot move the reach data “%1” aside: %2</source>
            <translation>Impossible de mettre de côté les données de portée « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>RecordFormat</name>
        <message>
            <source>%1:%2</source>
            <extracomment>A recording clock: %1 minutes, %2 seconds (two digits), e.g. 1:05.</extracomment>
            <translation>%1:%2</translation>
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>A recording length preset in seconds, e.g. "15 s".</extracomment>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <extracomment>A recording length preset in minutes, e.g. "3 min".</extracomment>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Frames: %1 captured · %2 encoded · %3 dropped</source>
            <extracomment>Frame counts of the take: captured from the source, written to the file, dropped.</extracomment>
            <translation>Images : %1 capturées · %2 encodées · %3 perdues</translation>
        </message>
    </context>
    <context>
        <name>RecordSources</name>
        <message>
            <source>The part of the screen to record is too small: give it a width and a height.</source>
            <translation>La zone de l’écran à enregistrer est trop petite : donnez-lui une largeur et une hauteur.</translation>
        </message>
        <message>
            <source>Enter the number of the window to record, or use this window.</source>
            <translation>Saisissez le numéro de la fenêtre à enregistrer, ou utilisez cette fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryStore</name>
        <message>
            <source>The autosave “%1” belongs to a Montaj window that is still open.</source>
            <translation>La sauvegarde automatique « %1 » appartient à une fenêtre Montaj encore ouverte.</translation>
        </message>
    </context>
    <context>
        <name>ReframeFilter</name>
        <message>
            <source>Aspect ratio</source>
            <translation>Format d’image</translation>
        </message>
        <message>
            <source>9:16 (vertical)</source>
            <translation>9:16 (vertical)</translation>
        </message>
        <message>
            <source>4:5 (portrait)</source>
            <translation>4:5 (portrait)</translation>
        </message>
        <message>
            <source>1:1 (square)</source>
            <translation>1:1 (carré)</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Suivre</translation>
        </message>
        <message>
            <source>Faces, else motion</source>
            <translation>Visages, sinon mouvement</translation>
        </message>
        <message>
            <source>Faces only</source>
            <translation>Visages uniquement</translation>
        </message>
        <message>
            <source>Motion only</source>
            <translation>Mouvement uniquement</translation>
        </message>
        <message>
            <source>Smoothing</source>
            <translation>Lissage</translation>
        </message>
        <message>
            <source>Maximum speed (frame widths per second)</source>
            <translation>Vitesse maximale (largeurs d’image par seconde)</translation>
        </message>
        <message>
            <source>Auto-reframe</source>
            <translation>Recadrage automatique</translation>
        </message>
    </context>
    <context>
        <name>SafeZones</name>
        <message>
            <source>Tabs</source>
            <translation>Onglets</translation>
        </message>
        <message>
            <source>Caption and sound</source>
            <translation>Légende et son</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>Boutons</translation>
        </message>
    </context>
    <context>
        <name>SandboxStore</name>
        <message>
            <source>The sandbox could not open its state database: %1</source>
            <translation>Le bac à sable n’a pas pu ouvrir sa base de données d’état : %1</translation>
        </message>
        <message>
            <source>The sandbox could not prepare its state database: %1</source>
            <translation>Le bac à sable n’a pas pu préparer sa base de données d’état : %1</translation>
        </message>
    </context>
    <context>
        <name>SaturationFilter</name>
        <message>
            <source>Saturation</source>
            <translation>Saturation</translation>
        </message>
    </context>
    <context>
        <name>ScheduleTime</name>
        <message>
            <source>No time zone was given.</source>
            <translation>Aucun fuseau horaire n’a été indiqué.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone Montaj knows (expected an IANA name such as Europe/Paris).</source>
            <translation>« %1 » n’est pas un fuseau horaire connu de Montaj (attendu : un nom IANA comme Europe/Paris).</translation>
        </message>
        <message>
            <source>“%1” is not a local date and time (expected yyyy-MM-ddTHH:mm).</source>
            <translation>« %1 » n’est pas une date et heure locales (format attendu : yyyy-MM-ddTHH:mm).</translation>
        </message>
        <message>
            <source>%1 (UTC%2)</source>
            <translation>%1 (UTC%2)</translation>
        </message>
        <message>
            <source>On %1, %2 happens twice in %3 (%4 and %5): the clocks go back. The post goes out at the first, %4.</source>
            <translation>Le %1, %2 survient deux fois dans le fuseau %3 (%4 et %5) : on recule les horloges. La publication part à la première, %4.</translation>
        </message>
        <message>
            <source>On %1, %2 does not exist in %3: the clocks go forward. The post is scheduled at %4, the first time after the change.</source>
            <translation>Le %1, %2 n’existe pas dans le fuseau %3 : on avance les horloges. La publication est planifiée à %4, la première heure après le changement.</translation>
        </message>
    </context>
    <context>
        <name>ScopeReport</name>
        <message>
            <source>posting videos directly to your account</source>
            <translation>la publication directe de vidéos sur votre compte</translation>
        </message>
        <message>
            <source>sending videos to your inbox as drafts</source>
            <translation>l’envoi de vidéos sous forme de brouillons dans votre boîte de réception</translation>
        </message>
        <message>
            <source>your video history and reach calibration</source>
            <translation>l’accès à l’historique de vos vidéos et le calibrage de la portée</translation>
        </message>
        <message>
            <source>follower and like counts</source>
            <translation>l’accès au nombre d’abonnés et de J’aime</translation>
        </message>
        <message>
            <source>your profile details</source>
            <translation>l’accès aux informations de votre profil</translation>
        </message>
        <message>
            <source>You did not allow %1. Everything Montaj does will still work.</source>
            <translation>Vous n’avez pas autorisé %1. Toutes les fonctions de Montaj continueront de fonctionner.</translation>
        </message>
        <message>
            <source>You did not allow %1, so these will not work: %2. Sign in again and allow them to use these features.</source>
            <translation>Vous n’avez pas autorisé %1, donc ces fonctions ne seront pas disponibles : %2. Reconnectez-vous et accordez ces autorisations pour les utiliser.</translation>
        </message>
    </context>
    <context>
        <name>ScreenSource</name>
        <message>
            <source>Window %1</source>
            <translation>Fenêtre %1</translation>
        </message>
        <message>
            <source>Screen region %1×%2</source>
            <translation>Zone de l’écran %1×%2</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <source>This build cannot record the screen (FFmpeg has no %1 device).</source>
            <translation>Cette version ne peut pas enregistrer l’écran (FFmpeg n’a pas de périphérique %1).</translation>
        </message>
        <message>
            <source>There is no screen to record: no X11 display is set (DISPLAY).</source>
            <translation>Aucun écran à enregistrer : aucun affichage X11 n’est défini (DISPLAY).</translation>
        </message>
        <message>
            <source>The screen cannot be recorded (%1).</source>
            <translation>Impossible d’enregistrer l’écran (%1).</translation>
        </message>
        <message>
            <source>The screen capture device gave no pictures we can read.</source>
            <translation>Le périphérique de capture d’écran n’a fourni aucune image lisible.</translation>
        </message>
        <message>
            <source>Screen recording stopped: %1</source>
            <translation>L’enregistrement de l’écran s’est arrêté : %1</translation>
        </message>
    </context>
    <context>
        <name>SharpenFilter</name>
        <message>
            <source>Radius (pixels)</source>
            <translation>Rayon (pixels)</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>Sharpen</source>
            <translation>Netteté</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
    </context>
    <context>
        <name>SkinSmoothFilter</name>
        <message>
            <source>Only around faces</source>
            <translation>Uniquement autour des visages</translation>
        </message>
        <message>
            <source>Skin smoothing</source>
            <translation>Lissage de la peau</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
    </context>
    <context>
        <name>SpeechAudio</name>
        <message>
            <source>There is no sound to transcribe.</source>
            <translation>Il n’y a aucun son à transcrire.</translation>
        </message>
        <message>
            <source>Cannot write the sound for the recognizer to %1.</source>
            <translation>Impossible d’écrire le son destiné à la reconnaissance vocale dans %1.</translation>
        </message>
    </context>
    <context>
        <name>SpeechEngine</name>
        <message>
            <source>The transcription was cancelled.</source>
            <translation>La transcription a été annulée.</translation>
        </message>
        <message>
            <source>%1 cannot transcribe this language (%2). It knows: %3.</source>
            <translation>%1 ne sait pas transcrire cette langue (%2). Langues connues : %3.</translation>
        </message>
    </context>
    <context>
        <name>SrtFormat</name>
        <message>
            <source>Cue %1 has no timing line (expected “00:00:01,000 --&gt; 00:00:02,000”).</source>
            <translation>Le sous-titre %1 n’a pas de ligne de minutage (attendu : « 00:00:01,000 --&gt; 00:00:02,000 »).</translation>
        </message>
        <message>
            <source>Cannot read the timing line “%1” (expected “00:00:01,000 --&gt; 00:00:02,000”).</source>
            <translation>Impossible de lire la ligne de minutage « %1 » (attendu : « 00:00:01,000 --&gt; 00:00:02,000 »).</translation>
        </message>
        <message>
            <source>Expected a cue number or a timing line, found text.</source>
            <translation>Un numéro de sous-titre ou une ligne de minutage était attendu, mais du texte a été trouvé.</translation>
        </message>
        <message>
            <source>A cue has no number.</source>
            <translation>Un sous-titre n’a pas de numéro.</translation>
        </message>
        <message>
            <source>Cue number %1 where %2 was expected.</source>
            <translation>Sous-titre numéro %1 alors que le numéro %2 était attendu.</translation>
        </message>
        <message>
            <source>A dot instead of a comma before the milliseconds.</source>
            <translation>Un point au lieu d’une virgule avant les millisecondes.</translation>
        </message>
        <message>
            <source>Extra or missing spaces in the timing line.</source>
            <translation>Des espaces manquent ou sont en trop dans la ligne de minutage.</translation>
        </message>
        <message>
            <source>A timestamp has missing or extra digits (expected 00:00:01,000).</source>
            <translation>Un horodatage a des chiffres manquants ou en trop (format attendu : 00:00:01,000).</translation>
        </message>
        <message>
            <source>Positions after the timing line are ignored.</source>
            <translation>Les positions placées après la ligne de minutage sont ignorées.</translation>
        </message>
        <message>
            <source>The cue ends before it starts.</source>
            <translation>Le sous-titre se termine avant de commencer.</translation>
        </message>
        <message>
            <source>No blank line before this cue.</source>
            <translation>Pas de ligne vide avant ce sous-titre.</translation>
        </message>
        <message>
            <source>Formatting tags (&lt;i&gt;, &lt;b&gt;, &lt;font&gt;…) were removed.</source>
            <translation>Les balises de mise en forme (&lt;i&gt;, &lt;b&gt;, &lt;font&gt;…) ont été supprimées.</translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>Un sous-titre sans texte a été ignoré.</translation>
        </message>
    </context>
    <context>
        <name>SyntheticSource</name>
        <message>
            <source>Test pattern</source>
            <translation>Mire de test</translation>
        </message>
        <message>
            <source>Test tone</source>
            <translation>Son de test</translation>
        </message>
        <message>
            <source>The test pattern needs a size and a frame rate.</source>
            <translation>La mire de test nécessite une taille et une fréquence d’images.</translation>
        </message>
        <message>
            <source>The test tone needs a sample rate and channels.</source>
            <translation>Le son de test nécessite une fréquence d’échantillonnage et des canaux.</translation>
        </message>
    </context>
    <context>
        <name>TakeEncoder</name>
        <message>
            <source>The recording needs an output size and a frame rate.</source>
            <translation>L’enregistrement nécessite une taille de sortie et une fréquence d’images.</translation>
        </message>
        <message>
            <source>A captured picture could not be converted for recording.</source>
            <translation>Une image capturée n’a pas pu être convertie pour l’enregistrement.</translation>
        </message>
        <message>
            <source>The sound from the microphone could not be converted (%1 Hz, %2 channels).</source>
            <translation>Le son du micro n’a pas pu être converti (%1 Hz, %2 canaux).</translation>
        </message>
        <message>
            <source>No picture arrived from the source during the take; nothing was recorded.</source>
            <translation>Aucune image n’est arrivée de la source pendant la prise ; rien n’a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>TakeSessions</name>
        <message>
            <source>The recording session in %1 could not be marked as done (%2).</source>
            <translation>La session d’enregistrement dans %1 n’a pas pu être marquée comme terminée (%2).</translation>
        </message>
    </context>
    <context>
        <name>TemperatureFilter</name>
        <message>
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <source>Tint</source>
            <translation>Teinte</translation>
        </message>
        <message>
            <source>Temperature and tint</source>
            <translation>Température et teinte</translation>
        </message>
    </context>
    <context>
        <name>Thumbnailer</name>
        <message>
            <source>A thumbnail strip needs a count and a size.</source>
            <translation>Une bande de vignettes demande un nombre et une taille.</translation>
        </message>
    </context>
    <context>
        <name>TimelineEdits</name>
        <message>
            <source>There is no clip or text with the id “%1”.</source>
            <translation>Aucun clip ni texte n’a l’identifiant « %1 ».</translation>
        </message>
        <message>
            <source>There is nothing to split here: put the playhead inside a clip or a selected text.</source>
            <translation>Rien à scinder ici : placez la tête de lecture dans un clip ou dans un texte sélectionné.</translation>
        </message>
        <message>
            <source>There is nothing to trim here: put the playhead inside a clip or a selected text.</source>
            <translation>Rien à rogner ici : placez la tête de lecture dans un clip ou dans un texte sélectionné.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ripple delete %n item(s)</source>
            <translation>
                <numerusform>Supprimer et raccorder %n élément</numerusform>
                <numerusform>Supprimer et raccorder %n éléments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Split %n item(s)</source>
            <translation>
                <numerusform>Scinder %n élément</numerusform>
                <numerusform>Scinder %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>Trim text</source>
            <translation>Rogner le texte</translation>
        </message>
        <message>
            <source>Trim start</source>
            <translation>Rogner le début</translation>
        </message>
        <message>
            <source>Trim end</source>
            <translation>Rogner la fin</translation>
        </message>
        <message>
            <source>Move text</source>
            <translation>Déplacer le texte</translation>
        </message>
        <message>
            <source>Only text can be nudged: clips on the main track play back to back.</source>
            <translation>Seuls les textes peuvent être décalés : les clips de la piste principale s’enchaînent bout à bout.</translation>
        </message>
        <message>
            <source>Nudge text</source>
            <translation>Décaler le texte</translation>
        </message>
        <message>
            <source>The project has no music to move.</source>
            <translation>Le projet n’a pas de musique à déplacer.</translation>
        </message>
        <message>
            <source>Move music</source>
            <translation>Déplacer la musique</translation>
        </message>
        <message>
            <source>The position is outside the timeline.</source>
            <translation>La position est en dehors de la timeline.</translation>
        </message>
        <message numerus="yes">
            <source>Insert %n clip(s)</source>
            <translation>
                <numerusform>Insérer %n clip</numerusform>
                <numerusform>Insérer %n clips</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePainter</name>
        <message>
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Sous-titres</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>Musique</translation>
        </message>
        <message>
            <source>Drop clips here from the media bin or your files</source>
            <translation>Déposez ici des clips depuis le chutier ou vos fichiers</translation>
        </message>
        <message>
            <source>Muted</source>
            <translation>Son coupé</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>Pas de son</translation>
        </message>
        <message>
            <source>Drop a sound file here to add music</source>
            <translation>Déposez ici un fichier audio pour ajouter de la musique</translation>
        </message>
        <message>
            <source>Captions will appear here: import a file or make them from speech on the Captions tab</source>
            <translation>Les sous-titres apparaîtront ici : importez un fichier ou créez-les à partir de la parole dans l’onglet « Sous-titres »</translation>
        </message>
    </context>
    <context>
        <name>TimelineText</name>
        <message>
            <source>%1 to %2</source>
            <translation>De %1 à %2</translation>
        </message>
        <message>
            <source>Click or drag to move the playhead</source>
            <translation>Cliquez ou faites glisser pour déplacer la tête de lecture</translation>
        </message>
        <message>
            <source>Muted</source>
            <translation>Son coupé</translation>
        </message>
        <message>
            <source>Drag to trim</source>
            <translation>Faites glisser pour rogner</translation>
        </message>
        <message>
            <source>Drag to move the music in time</source>
            <translation>Faites glisser pour déplacer la musique dans le temps</translation>
        </message>
        <message>
            <source>Captions are shown here once the project has them</source>
            <translation>Les sous-titres s’affichent ici dès que le projet en contient</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s), %1 long; playhead at %2</source>
            <translation>
                <numerusform>%n clip, durée %1 ; tête de lecture à %2</numerusform>
                <numerusform>%n clips, durée %1 ; tête de lecture à %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1; %n item(s) selected</source>
            <translation>
                <numerusform>%1 ; %n élément sélectionné</numerusform>
                <numerusform>%1 ; %n éléments sélectionnés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToneFilter</name>
        <message>
            <source>Highlights</source>
            <translation>Hautes lumières</translation>
        </message>
        <message>
            <source>Shadows</source>
            <translation>Ombres</translation>
        </message>
        <message>
            <source>Highlights and shadows</source>
            <translation>Hautes lumières et ombres</translation>
        </message>
    </context>
    <context>
        <name>UploadState</name>
        <message>
            <source>The saved upload cannot be resumed: its record is damaged.</source>
            <translation>L’envoi sauvegardé ne peut pas être repris : ses données sont endommagées.</translation>
        </message>
        <message>
            <source>The upload's progress cannot be saved: %1</source>
            <translation>Impossible d’enregistrer la progression de l’envoi : %1</translation>
        </message>
        <message>
            <source>There is no saved upload to resume.</source>
            <translation>Aucun envoi sauvegardé à reprendre.</translation>
        </message>
    </context>
    <context>
        <name>VibranceFilter</name>
        <message>
            <source>Vibrance</source>
            <translation>Vibrance</translation>
        </message>
    </context>
    <context>
        <name>VideoDecoder</name>
        <message>
            <source>it holds no video.</source>
            <translation>il ne contient pas de vidéo.</translation>
        </message>
        <message>
            <source>decoding failed (%1); the file may be damaged.</source>
            <translation>le décodage a échoué (%1) ; le fichier est peut-être endommagé.</translation>
        </message>
        <message>
            <source>cannot seek in the file (%1).</source>
            <translation>impossible de se déplacer dans le fichier (%1).</translation>
        </message>
        <message>
            <source>no picture could be decoded at this position.</source>
            <translation>aucune image n’a pu être décodée à cette position.</translation>
        </message>
        <message>
            <source>the video holds no frames.</source>
            <translation>la vidéo ne contient aucune image.</translation>
        </message>
        <message>
            <source>frame %1 does not exist (the video has %2 frames).</source>
            <translation>l’image %1 n’existe pas (la vidéo en compte %2).</translation>
        </message>
        <message>
            <source>the picture could not be converted.</source>
            <translation>l’image n’a pas pu être convertie.</translation>
        </message>
    </context>
    <context>
        <name>VignetteFilter</name>
        <message>
            <source>Midpoint</source>
            <translation>Point médian</translation>
        </message>
        <message>
            <source>Feather</source>
            <translation>Contour progressif</translation>
        </message>
        <message>
            <source>Vignette</source>
            <translation>Vignettage</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Force</translation>
        </message>
    </context>
    <context>
        <name>VttFormat</name>
        <message>
            <source>No blank line before this cue.</source>
            <translation>Pas de ligne vide avant ce sous-titre.</translation>
        </message>
        <message>
            <source>The file does not start with “WEBVTT”; reading it as WebVTT anyway.</source>
            <translation>Le fichier ne commence pas par « WEBVTT » ; il est quand même lu comme du WebVTT.</translation>
        </message>
        <message>
            <source>A NOTE block was ignored.</source>
            <translation>Un bloc NOTE a été ignoré.</translation>
        </message>
        <message>
            <source>A STYLE block was ignored (Montaj styles captions itself).</source>
            <translation>Un bloc STYLE a été ignoré (Montaj met lui-même en forme les sous-titres).</translation>
        </message>
        <message>
            <source>A REGION block was ignored.</source>
            <translation>Un bloc REGION a été ignoré.</translation>
        </message>
        <message>
            <source>A block without a timing line was ignored.</source>
            <translation>Un bloc sans ligne de minutage a été ignoré.</translation>
        </message>
        <message>
            <source>Cannot read the timing line “%1” (expected “00:00:01.000 --&gt; 00:00:02.000”).</source>
            <translation>Impossible de lire la ligne de minutage « %1 » (format attendu : « 00:00:01.000 --&gt; 00:00:02.000 »).</translation>
        </message>
        <message>
            <source>The cue ends before it starts.</source>
            <translation>Le sous-titre se termine avant de commencer.</translation>
        </message>
        <message>
            <source>A comma instead of a dot before the milliseconds.</source>
            <translation>Une virgule au lieu d’un point avant les millisecondes.</translation>
        </message>
        <message>
            <source>A timestamp has missing or extra digits (expected 00:00:01.000).</source>
            <translation>Un horodatage a des chiffres manquants ou en trop (format attendu : 00:00:01.000).</translation>
        </message>
        <message>
            <source>Cues sit at different heights; the whole track uses the first cue's.</source>
            <translation>Les sous-titres sont à des hauteurs différentes ; toute la piste utilise celle du premier.</translation>
        </message>
        <message>
            <source>The cue setting “%1” is ignored (the track's style places every cue).</source>
            <translation>Le réglage de sous-titre « %1 » est ignoré (le style de la piste place chaque sous-titre).</translation>
        </message>
        <message numerus="yes">
            <source>%n inline timestamp(s) out of order or outside the cue were ignored.</source>
            <translation>
                <numerusform>%n horodatage interne mal ordonné ou hors du sous-titre a été ignoré.</numerusform>
                <numerusform>%n horodatages internes mal ordonnés ou hors du sous-titre ont été ignorés.</numerusform>
            </translation>
        </message>
        <message>
            <source>A cue with no text was skipped.</source>
            <translation>Un sous-titre sans texte a été ignoré.</translation>
        </message>
    </context>
    <context>
        <name>Waveform</name>
        <message>
            <source>A waveform needs at least one bucket.</source>
            <translation>Une forme d’onde demande au moins une case.</translation>
        </message>
    </context>
    <context>
        <name>WhisperCppEngine</name>
        <message>
            <source>whisper.cpp</source>
            <translation>whisper.cpp</translation>
        </message>
        <message>
            <source>whisper.cpp is not installed: no whisper-cli program was found on the PATH. Install whisper.cpp or choose its program in Settings.</source>
            <translation>whisper.cpp n’est pas installé : aucun programme whisper-cli n’a été trouvé dans le PATH. Installez whisper.cpp ou choisissez son programme dans les Paramètres.</translation>
        </message>
        <message>
            <source>The whisper.cpp program %1 was not found or cannot be run.</source>
            <translation>Le programme whisper.cpp %1 est introuvable ou ne peut pas être lancé.</translation>
        </message>
        <message>
            <source>whisper.cpp has no model: download a ggml model (for example ggml-base.bin) and choose it in Settings.</source>
            <translation>whisper.cpp n’a pas de modèle : téléchargez un modèle ggml (par exemple ggml-base.bin) et choisissez-le dans les Paramètres.</translation>
        </message>
        <message>
            <source>The whisper.cpp model %1 was not found.</source>
            <translation>Le modèle whisper.cpp %1 est introuvable.</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder for whisper.cpp.</source>
            <translation>Impossible de créer un dossier temporaire pour whisper.cpp.</translation>
        </message>
        <message>
            <source>whisper.cpp could not be started: %1</source>
            <translation>whisper.cpp n’a pas pu démarrer : %1</translation>
        </message>
        <message>
            <source>whisper.cpp stopped with an error (exit code %1).</source>
            <translation>whisper.cpp s’est arrêté sur une erreur (code de sortie %1).</translation>
        </message>
        <message>
            <source>whisper.cpp finished but wrote no transcript that Montaj can read.</source>
            <translation>whisper.cpp a terminé, mais n’a écrit aucune transcription lisible par Montaj.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceChoice</name>
        <message>
            <source>Enter a PostgreSQL address such as postgresql://user@host:5432/montaj.</source>
            <translation>Saisissez une adresse PostgreSQL comme postgresql://user@host:5432/montaj.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceErrors</name>
        <message>
            <source>“%1” is not a workspace: give a file path or a postgresql:// address.</source>
            <translation>« %1 » n’est pas un espace de travail : indiquez un chemin de fichier ou une adresse postgresql://.</translation>
        </message>
        <message>
            <source>Could not open the workspace %1: %2</source>
            <translation>Impossible d’ouvrir l’espace de travail %1 : %2</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed</source>
            <translation>le pilote Qt SQL %1 n’est pas installé</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>impossible de créer le dossier %1</translation>
        </message>
        <message>
            <source>The workspace %1 was written by a newer version of Montaj. Update Montaj to open it.</source>
            <translation>L’espace de travail %1 a été écrit par une version plus récente de Montaj. Mettez Montaj à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The workspace database reported an error: %1</source>
            <translation>La base de données de l’espace de travail a signalé une erreur : %1</translation>
        </message>
        <message>
            <source>This post no longer exists.</source>
            <translation>Cette publication n’existe plus.</translation>
        </message>
        <message>
            <source>This account is not in the workspace.</source>
            <translation>Ce compte ne fait pas partie de l’espace de travail.</translation>
        </message>
        <message numerus="yes">
            <source>This account still has %n post(s). Delete or move them first.</source>
            <translation>
                <numerusform>Ce compte a encore %n publication. Supprimez-la ou déplacez-la d’abord.</numerusform>
                <numerusform>Ce compte a encore %n publications. Supprimez-les ou déplacez-les d’abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is already in the workspace.</source>
            <translation>Ce compte fait déjà partie de l’espace de travail.</translation>
        </message>
        <message>
            <source>Someone else changed this post in the meantime. Reload it and try again.</source>
            <translation>Quelqu’un d’autre a modifié cette publication entre-temps. Rechargez-la et réessayez.</translation>
        </message>
        <message>
            <source>A post that is “%1” cannot be changed.</source>
            <translation>Une publication à l’état « %1 » ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>Choose a date and time before scheduling this post.</source>
            <translation>Choisissez une date et une heure avant de planifier cette publication.</translation>
        </message>
        <message>
            <source>A new post cannot start as “%1”.</source>
            <translation>Une nouvelle publication ne peut pas commencer à l’état « %1 ».</translation>
        </message>
        <message>
            <source>Only the publisher can make a post “%1”.</source>
            <translation>Seul l’agent de publication peut faire passer une publication à l’état « %1 ».</translation>
        </message>
        <message>
            <source>Another publisher took over this post; this one stopped working on it.</source>
            <translation>Un autre agent de publication a pris en charge cette publication ; celui-ci a cessé de la traiter.</translation>
        </message>
        <message>
            <source>Its time passed while no publisher was running, and the workspace skips missed posts.</source>
            <translation>Son heure est passée alors qu’aucun agent de publication ne tournait, et l’espace de travail ignore les publications manquées.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CameraSource</name>
        <message>
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <source>The camera is in use by another program. Close it and try again.</source>
            <translation>La caméra est utilisée par un autre programme. Fermez-le et réessayez.</translation>
        </message>
        <message>
            <source>Montaj is not allowed to use the camera. Allow it in the system's privacy settings.</source>
            <translation>Montaj n’est pas autorisé à utiliser la caméra. Autorisez-le dans les paramètres de confidentialité du système.</translation>
        </message>
        <message>
            <source>The camera stopped working.</source>
            <translation>La caméra a cessé de fonctionner.</translation>
        </message>
        <message>
            <source>No camera was found. Connect one, or record the screen or the test pattern instead.</source>
            <translation>Aucune caméra n’a été trouvée. Branchez-en une, ou enregistrez plutôt l’écran ou la mire de test.</translation>
        </message>
        <message>
            <source>The chosen camera is not connected any more.</source>
            <translation>La caméra choisie n’est plus connectée.</translation>
        </message>
        <message>
            <source>The camera was disconnected.</source>
            <translation>La caméra a été déconnectée.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CampaignSync</name>
        <message>
            <source>This deal did not come from a platform invitation.</source>
            <translation>Ce partenariat ne provient pas d’une invitation de la plateforme.</translation>
        </message>
        <message>
            <source>No platform account is linked.</source>
            <translation>Aucun compte de plateforme n’est associé.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CaptureDevices</name>
        <message>
            <source>No camera or microphone was found: you can record the screen, or the test pattern and tone.</source>
            <translation>Aucune caméra ni aucun micro n’a été trouvé : vous pouvez enregistrer l’écran, ou la mire et le son de test.</translation>
        </message>
        <message>
            <source>No camera was found: you can record the screen or the test pattern.</source>
            <translation>Aucune caméra n’a été trouvée : vous pouvez enregistrer l’écran ou la mire de test.</translation>
        </message>
        <message>
            <source>No microphone was found: record without sound or with the test tone.</source>
            <translation>Aucun micro n’a été trouvé : enregistrez sans son ou avec le son de test.</translation>
        </message>
    </context>
    <context>
        <name>montaj::CollaborationsPage</name>
        <message>
            <source>Decline invitation</source>
            <translation>Refuser l’invitation</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Motif (facultatif)</translation>
        </message>
        <message>
            <source>Export deals</source>
            <translation>Exporter les partenariats</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Invitations synced: %n deal(s) new or updated.</source>
            <translation>
                <numerusform>Invitations synchronisées : %n partenariat nouveau ou mis à jour.</numerusform>
                <numerusform>Invitations synchronisées : %n partenariats nouveaux ou mis à jour.</numerusform>
            </translation>
        </message>
        <message>
            <source>Deal created.</source>
            <translation>Partenariat créé.</translation>
        </message>
        <message>
            <source>Deal created, but it clashes with an exclusivity: %1</source>
            <translation>Partenariat créé, mais il entre en conflit avec une exclusivité : %1</translation>
        </message>
        <message>
            <source>Moved to “%1”.</source>
            <translation>Déplacé vers « %1 ».</translation>
        </message>
        <message>
            <source>This deal has no fee to invoice yet.</source>
            <translation>Ce partenariat n’a pas encore de rémunération à facturer.</translation>
        </message>
        <message>
            <source>Draft invoice created. Check the VAT rate before issuing it.</source>
            <translation>Brouillon de facture créé. Vérifiez le taux de TVA avant de l’émettre.</translation>
        </message>
        <message>
            <source>Invoice %1 issued.</source>
            <translation>Facture %1 émise.</translation>
        </message>
        <message>
            <source>Payment recorded: invoice %1 is now “%2”.</source>
            <translation>Paiement enregistré : la facture %1 est désormais à l’état « %2 ».</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Enregistrer un paiement</translation>
        </message>
        <message>
            <source>Amount received (%1)</source>
            <translation>Montant reçu (%1)</translation>
        </message>
        <message>
            <source>This item no longer exists in the workspace.</source>
            <translation>Cet élément n’existe plus dans l’espace de travail.</translation>
        </message>
        <message>
            <source>Save invoice</source>
            <translation>Enregistrer la facture</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Invoice saved.</source>
            <translation>Facture enregistrée.</translation>
        </message>
        <message>
            <source>Deals exported.</source>
            <translation>Partenariats exportés.</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>Nouveau partenariat…</translation>
        </message>
        <message>
            <source>Sync invitations</source>
            <translation>Synchroniser les invitations</translation>
        </message>
        <message>
            <source>Link a platform account to receive brand invitations.</source>
            <translation>Associez un compte de plateforme pour recevoir les invitations des marques.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Terms saved.</source>
            <translation>Conditions enregistrées.</translation>
        </message>
        <message>
            <source>Deliverable saved.</source>
            <translation>Livrable enregistré.</translation>
        </message>
        <message>
            <source>Deliverable removed.</source>
            <translation>Livrable supprimé.</translation>
        </message>
        <message>
            <source>Contact saved.</source>
            <translation>Contact enregistré.</translation>
        </message>
        <message>
            <source>Contact removed.</source>
            <translation>Contact supprimé.</translation>
        </message>
        <message>
            <source>Attach the contract</source>
            <translation>Joindre le contrat</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt);;All files (*)</source>
            <translation>Documents (*.pdf *.doc *.docx *.odt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Contract attached.</source>
            <translation>Contrat joint.</translation>
        </message>
        <message>
            <source>File attached.</source>
            <translation>Fichier joint.</translation>
        </message>
        <message>
            <source>File removed from the deal (the file itself stays where it is).</source>
            <translation>Fichier retiré du partenariat (le fichier lui-même reste à sa place).</translation>
        </message>
        <message>
            <source>The deal moved to “%1”.</source>
            <translation>Le partenariat est passé à l’étape « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>montaj::CompliancePanel</name>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Action à mener</translation>
        </message>
        <message>
            <source>The video shows the required labels from start to end</source>
            <translation>La vidéo affiche les mentions requises du début à la fin</translation>
        </message>
        <message>
            <source>The compliance rules could not be loaded.</source>
            <translation>Les règles de conformité n’ont pas pu être chargées.</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>This deliverable's post may be scheduled.</source>
            <translation>La publication de ce livrable peut être planifiée.</translation>
        </message>
        <message numerus="yes">
            <source>This deliverable's post cannot be scheduled yet: %n problem(s) to fix.</source>
            <translation>
                <numerusform>La publication de ce livrable ne peut pas encore être planifiée : %n problème à corriger.</numerusform>
                <numerusform>La publication de ce livrable ne peut pas encore être planifiée : %n problèmes à corriger.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Brand manager, agent…</source>
            <translation>Responsable de marque, agent…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
    </context>
    <context>
        <name>montaj::ContactsPanel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>montaj::CrossThreadTokenStore</name>
        <message>
            <source>The sign-in store is no longer available.</source>
            <translation>Le stockage des connexions n’est plus disponible.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealEditor</name>
        <message>
            <source>Exclusive in this category</source>
            <translation>Exclusivité dans cette catégorie</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Nouveau partenariat</translation>
        </message>
        <message>
            <source> days after</source>
            <translation> jours après</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marque</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>What is promoted</source>
            <translation>Objet de la promotion</translation>
        </message>
        <message>
            <source>Fee (excl. VAT)</source>
            <translation>Rémunération (HT)</translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>Audiences</translation>
        </message>
        <message>
            <source>Exclusivity</source>
            <translation>Exclusivité</translation>
        </message>
        <message>
            <source>The fee is not an amount.</source>
            <translation>La rémunération n’est pas un montant.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <source>without #, separated by spaces</source>
            <translation>sans #, séparés par des espaces</translation>
        </message>
        <message>
            <source>Contract reference</source>
            <translation>Référence du contrat</translation>
        </message>
        <message>
            <source> days net</source>
            <translation> jours net</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Required hashtags</source>
            <translation>Hashtags obligatoires</translation>
        </message>
        <message>
            <source>Written contract</source>
            <translation>Contrat écrit</translation>
        </message>
        <message>
            <source>Deal terms</source>
            <translation>Conditions du partenariat</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealLinkBox</name>
        <message>
            <source>None: not part of a brand deal</source>
            <translation>Aucun : ne fait pas partie d’un partenariat de marque</translation>
        </message>
        <message>
            <source>Audiences: %1. Disclosure is checked for each of them before the post is scheduled.</source>
            <translation>Audiences : %1. La transparence est vérifiée pour chacune avant la planification de la publication.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The compliance rules could not be loaded, so this deliverable cannot be checked.</source>
            <translation>Les règles de conformité n’ont pas pu être chargées : ce livrable ne peut pas être vérifié.</translation>
        </message>
        <message>
            <source>Reading the project's labels…</source>
            <translation>Lecture des mentions du projet…</translation>
        </message>
        <message>
            <source>The disclosure is complete for this deliverable.</source>
            <translation>Les mentions de transparence de ce livrable sont complètes.</translation>
        </message>
        <message numerus="yes">
            <source>%n disclosure item(s) missing: see “Before scheduling” below.</source>
            <translation>
                <numerusform>%n élément de transparence manquant : voir « Avant de planifier » ci-dessous.</numerusform>
                <numerusform>%n éléments de transparence manquants : voir « Avant de planifier » ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 Deal: %2.</source>
            <translation>%1 Partenariat : %2.</translation>
        </message>
        <message>
            <source>Exclusivity conflict: %1</source>
            <translation>Conflit d’exclusivité : %1</translation>
        </message>
        <message>
            <source>This post falls in the exclusivity of %1: confirm that you schedule it anyway.</source>
            <translation>Cette publication tombe dans l’exclusivité de %1 : confirmez que vous la planifiez quand même.</translation>
        </message>
        <message>
            <source>Brand deal</source>
            <translation>Partenariat de marque</translation>
        </message>
        <message>
            <source>Deliverable:</source>
            <translation>Livrable :</translation>
        </message>
        <message>
            <source>The video shows the required labels from start to end</source>
            <translation>La vidéo affiche les mentions requises du début à la fin</translation>
        </message>
        <message>
            <source>Schedule it anyway: I have checked this exclusivity with the brands</source>
            <translation>La planifier quand même : j’ai vérifié cette exclusivité avec les marques</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealService</name>
        <message>
            <source>The deals are not open yet.</source>
            <translation>Les partenariats ne sont pas encore ouverts.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DealView</name>
        <message>
            <source>(new)</source>
            <translation>(nouveau)</translation>
        </message>
        <message>
            <source>%1 — %2: %3 → %4</source>
            <translation>%1 — %2 : %3 → %4</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>Marque</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Required hashtags</source>
            <translation>Hashtags obligatoires</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Rémunération</translation>
        </message>
        <message>
            <source>Gifted value</source>
            <translation>Valeur des produits offerts</translation>
        </message>
        <message>
            <source>Agency commission</source>
            <translation>Commission de l’agence</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Conditions de paiement</translation>
        </message>
        <message numerus="yes">
            <source>%1 upfront, net %n day(s)</source>
            <translation>
                <numerusform>%1 d’acompte, paiement à %n jour</numerusform>
                <numerusform>%1 d’acompte, paiement à %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Paid ad authorization</source>
            <translation>Autorisation de publicité payante</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Exclusivity</source>
            <translation>Exclusivité</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 to %3, then %n day(s)</source>
            <translation>
                <numerusform>%1, du %2 au %3, puis %n jour</numerusform>
                <numerusform>%1, du %2 au %3, puis %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Audiences</source>
            <translation>Audiences</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Written contract</source>
            <translation>Contrat écrit</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <source>Not signed</source>
            <translation>Non signé</translation>
        </message>
        <message>
            <source>Invitation expires</source>
            <translation>Expiration de l’invitation</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Fee %1 · gifted %2 · still to be paid on invoices %3</source>
            <translation>Rémunération %1 · produits offerts %2 · reste à payer sur les factures %3</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>Livrables</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Conformité</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Finances</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total TTC</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paiement reçu</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Reste à payer</translation>
        </message>
        <message>
            <source>New invoice from the fee</source>
            <translation>Nouvelle facture à partir de la rémunération</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Émettre</translation>
        </message>
        <message>
            <source>Record payment…</source>
            <translation>Enregistrer un paiement…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Accept invitation</source>
            <translation>Accepter l’invitation</translation>
        </message>
        <message>
            <source>Decline…</source>
            <translation>Refuser…</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Edit terms…</source>
            <translation>Modifier les conditions…</translation>
        </message>
    </context>
    <context>
        <name>montaj::DeliverableDialog</name>
        <message>
            <source>Draft due</source>
            <translation>Échéance du brouillon</translation>
        </message>
        <message>
            <source>Posting window</source>
            <translation>Période de publication</translation>
        </message>
        <message>
            <source>The brand approves the draft before it is posted</source>
            <translation>La marque valide le brouillon avant sa publication</translation>
        </message>
        <message>
            <source>Faces or bodies are retouched (beauty or face filters)</source>
            <translation>Des visages ou des corps sont retouchés (filtres beauté ou visage)</translation>
        </message>
        <message>
            <source>It shows AI-generated people or scenes</source>
            <translation>Montre des personnes ou des scènes générées par l’IA</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Livrable</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>Plateforme :</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <source>Quantity:</source>
            <translation>Quantité :</translation>
        </message>
        <message>
            <source>Revision rounds:</source>
            <translation>Cycles de révision :</translation>
        </message>
        <message>
            <source>Name the platform.</source>
            <translation>Indiquez la plateforme.</translation>
        </message>
        <message>
            <source>Say what is delivered (a video, a story…).</source>
            <translation>Indiquez ce qui est livré (une vidéo, une story…).</translation>
        </message>
        <message>
            <source>The posting window must end after it starts.</source>
            <translation>La période de publication doit se terminer après son début.</translation>
        </message>
    </context>
    <context>
        <name>montaj::DeliverablesPanel</name>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Livrable</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Draft due</source>
            <translation>Échéance du brouillon</translation>
        </message>
        <message>
            <source>Posting window</source>
            <translation>Période de publication</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Publications</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>montaj::DisclosureLabelDialog</name>
        <message>
            <source>Faces or bodies were retouched (beauty or face filters)</source>
            <translation>Des visages ou des corps ont été retouchés (filtres beauté ou visage)</translation>
        </message>
        <message>
            <source>It shows AI-generated people or scenes</source>
            <translation>Montre des personnes ou des scènes générées par l’IA</translation>
        </message>
        <message>
            <source>Add disclosure label</source>
            <translation>Ajouter une mention de transparence</translation>
        </message>
        <message>
            <source>No deal in Montaj: choose the audience</source>
            <translation>Aucun partenariat dans Montaj : choisissez l’audience</translation>
        </message>
        <message>
            <source>Add labels</source>
            <translation>Ajouter les mentions</translation>
        </message>
        <message>
            <source>Deliverable:</source>
            <translation>Livrable :</translation>
        </message>
        <message>
            <source>Audience:</source>
            <translation>Audience :</translation>
        </message>
        <message>
            <source>Disclosure:</source>
            <translation>Déclaration :</translation>
        </message>
        <message>
            <source>The video already shows every label needed, or none is needed.</source>
            <translation>La vidéo affiche déjà toutes les mentions nécessaires, ou aucune n’est nécessaire.</translation>
        </message>
        <message>
            <source>Will add for the whole video: %1.</source>
            <translation>À ajouter sur toute la durée de la vidéo : %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>montaj::FilesPanel</name>
        <message>
            <source>“%1” cannot be opened: it was moved or deleted, or no application opens it.</source>
            <translation>Impossible d’ouvrir « %1 » : il a été déplacé ou supprimé, ou aucune application ne l’ouvre.</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Joindre un fichier…</translation>
        </message>
        <message>
            <source>Attach contract…</source>
            <translation>Joindre le contrat…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Contract (signed): %1</source>
            <translation>Contrat (signé) : %1</translation>
        </message>
        <message>
            <source>Contract (not signed): %1</source>
            <translation>Contrat (non signé) : %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::KeychainTokenStore</name>
        <message>
            <source>The sign-in could not be removed from the system keychain.</source>
            <translation>La connexion n’a pas pu être supprimée du trousseau du système.</translation>
        </message>
    </context>
    <context>
        <name>montaj::LiveEventStream</name>
        <message>
            <source>This LIVE session is not available to your account.</source>
            <translation>Cette session LIVE n’est pas disponible pour votre compte.</translation>
        </message>
        <message>
            <source>The LIVE event stream could not be opened. Trying again…</source>
            <translation>Le flux d’événements LIVE n’a pas pu être ouvert. Nouvelle tentative…</translation>
        </message>
        <message>
            <source>The LIVE connection dropped. Reconnecting…</source>
            <translation>La connexion LIVE a été interrompue. Reconnexion…</translation>
        </message>
        <message numerus="yes">
            <source>The LIVE connection could not be restored after %Ln attempts.</source>
            <translation>
                <numerusform>La connexion LIVE n’a pas pu être rétablie après %Ln tentative.</numerusform>
                <numerusform>La connexion LIVE n’a pas pu être rétablie après %Ln tentatives.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::Localization</name>
        <message>
            <source>The %1 translation of Montaj is missing from this build.</source>
            <translation>La traduction %1 de Montaj est absente de cette version.</translation>
        </message>
    </context>
    <context>
        <name>montaj::MediaPreparer</name>
        <message>
            <source>The export preset “%1” does not exist.</source>
            <translation>Le préréglage d’export « %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>Montaj cannot write to its publishing folder %1.</source>
            <translation>Montaj ne peut pas écrire dans son dossier de publication %1.</translation>
        </message>
    </context>
    <context>
        <name>montaj::OAuthLoopbackListener</name>
        <message>
            <source>Montaj cannot receive the sign-in answer: port %1 on this computer is not available.</source>
            <translation>Montaj ne peut pas recevoir la réponse de connexion : le port %1 de cet ordinateur n’est pas disponible.</translation>
        </message>
        <message>
            <source>Montaj</source>
            <translation>Montaj</translation>
        </message>
        <message>
            <source>This address only receives Montaj's sign-in answer.</source>
            <translation>Cette adresse sert uniquement à recevoir la réponse de connexion de Montaj.</translation>
        </message>
        <message>
            <source>Sign-in did not complete</source>
            <translation>La connexion n’a pas abouti</translation>
        </message>
        <message>
            <source>Signed in to Montaj</source>
            <translation>Connexion à Montaj réussie</translation>
        </message>
        <message>
            <source>You can close this tab and return to Montaj.</source>
            <translation>Vous pouvez fermer cet onglet et revenir à Montaj.</translation>
        </message>
    </context>
    <context>
        <name>montaj::PipelineBoard</name>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 A closed deal stays closed.</source>
            <translation>%1 Un partenariat clôturé le reste.</translation>
        </message>
        <message>
            <source>%1 From “%2” it can go to: %3.</source>
            <translation>%1 Depuis « %2 », il peut passer à : %3.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>montaj::ProjectDocument</name>
        <message>
            <source>There is no clip with the id “%1”.</source>
            <translation>Aucun clip n’a l’identifiant « %1 ».</translation>
        </message>
        <message>
            <source>There is no text overlay with the id “%1”.</source>
            <translation>Aucun texte en surimpression n’a l’identifiant « %1 ».</translation>
        </message>
        <message>
            <source>The position is outside the timeline.</source>
            <translation>La position est en dehors de la timeline.</translation>
        </message>
        <message>
            <source>Add clip</source>
            <translation>Ajouter un clip</translation>
        </message>
        <message>
            <source>Remove clip</source>
            <translation>Supprimer le clip</translation>
        </message>
        <message>
            <source>Move clip</source>
            <translation>Déplacer le clip</translation>
        </message>
        <message>
            <source>Trim clip</source>
            <translation>Rogner le clip</translation>
        </message>
        <message>
            <source>The split point must lie inside the clip, not at its edges.</source>
            <translation>Le point de scission doit se trouver à l’intérieur du clip, pas à ses extrémités.</translation>
        </message>
        <message>
            <source>Split clip</source>
            <translation>Scinder le clip</translation>
        </message>
        <message>
            <source>Change clip framing</source>
            <translation>Modifier le cadrage du clip</translation>
        </message>
        <message>
            <source>Change clip volume</source>
            <translation>Modifier le volume du clip</translation>
        </message>
        <message>
            <source>Mute clip</source>
            <translation>Couper le son du clip</translation>
        </message>
        <message>
            <source>Unmute clip</source>
            <translation>Rétablir le son du clip</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>Ajouter un texte</translation>
        </message>
        <message>
            <source>Remove text</source>
            <translation>Supprimer le texte</translation>
        </message>
        <message>
            <source>Edit text</source>
            <translation>Modifier le texte</translation>
        </message>
        <message>
            <source>The music track has no media file.</source>
            <translation>La piste de musique n’a pas de fichier média.</translation>
        </message>
        <message>
            <source>Set music</source>
            <translation>Définir la musique</translation>
        </message>
        <message>
            <source>Remove music</source>
            <translation>Supprimer la musique</translation>
        </message>
        <message>
            <source>Change canvas</source>
            <translation>Modifier le canevas</translation>
        </message>
        <message>
            <source>No clip or music uses “%1”.</source>
            <translation>Aucun clip ni aucune musique n’utilise « %1 ».</translation>
        </message>
        <message>
            <source>The file “%1” does not exist.</source>
            <translation>Le fichier « %1 » n’existe pas.</translation>
        </message>
        <message>
            <source>Relink media</source>
            <translation>Reconnecter les médias</translation>
        </message>
        <message>
            <source>Import media</source>
            <translation>Importer des médias</translation>
        </message>
        <message>
            <source>“%1” is not in the media bin.</source>
            <translation>« %1 » n’est pas dans le chutier.</translation>
        </message>
        <message>
            <source>Remove from media bin</source>
            <translation>Retirer du chutier</translation>
        </message>
        <message numerus="yes">
            <source>There is no caption number %1 (the project has %n caption(s)).</source>
            <translation>
                <numerusform>Il n’y a pas de sous-titre numéro %1 (le projet compte %n sous-titre).</numerusform>
                <numerusform>Il n’y a pas de sous-titre numéro %1 (le projet compte %n sous-titres).</numerusform>
            </translation>
        </message>
        <message>
            <source>Change captions</source>
            <translation>Modifier les sous-titres</translation>
        </message>
        <message>
            <source>Add caption</source>
            <translation>Ajouter un sous-titre</translation>
        </message>
        <message>
            <source>Edit caption</source>
            <translation>Modifier le sous-titre</translation>
        </message>
        <message>
            <source>Delete caption</source>
            <translation>Supprimer le sous-titre</translation>
        </message>
        <message>
            <source>Split caption</source>
            <translation>Scinder le sous-titre</translation>
        </message>
        <message>
            <source>Merge captions</source>
            <translation>Fusionner les sous-titres</translation>
        </message>
        <message>
            <source>Shift captions</source>
            <translation>Décaler les sous-titres</translation>
        </message>
        <message>
            <source>Type the text to find.</source>
            <translation>Saisissez le texte à rechercher.</translation>
        </message>
        <message>
            <source>Replace in captions</source>
            <translation>Remplacer dans les sous-titres</translation>
        </message>
        <message>
            <source>Change caption style</source>
            <translation>Modifier le style des sous-titres</translation>
        </message>
        <message>
            <source>A filter has no name.</source>
            <translation>Un filtre n’a pas de nom.</translation>
        </message>
        <message>
            <source>Change filters</source>
            <translation>Modifier les filtres</translation>
        </message>
        <message>
            <source>Change where captions go</source>
            <translation>Changer la destination des sous-titres</translation>
        </message>
    </context>
    <context>
        <name>montaj::ProxyCache</name>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n’existe pas.</translation>
        </message>
    </context>
    <context>
        <name>montaj::PublishJob</name>
        <message numerus="yes">
            <source>Montaj gave up after %n attempt(s). The last problem: %1</source>
            <translation>
                <numerusform>Montaj a abandonné après %n tentative. Dernier problème : %1</numerusform>
                <numerusform>Montaj a abandonné après %n tentatives. Dernier problème : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Montaj cannot tell whether this post reached @%1: its request went out but the answer was lost, and the platform does not list it. Check the profile; if the post is not there, schedule it again.</source>
            <translation>Montaj ne peut pas savoir si cette publication est arrivée sur @%1 : sa requête est partie mais la réponse a été perdue, et la plateforme ne la liste pas. Vérifiez le profil ; si la publication n’y est pas, planifiez-la à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>montaj::Publisher</name>
        <message>
            <source>The publisher is already running.</source>
            <translation>L’agent de publication est déjà en cours d’exécution.</translation>
        </message>
        <message>
            <source>Montaj cannot write to its publishing folder %1.</source>
            <translation>Montaj ne peut pas écrire dans son dossier de publication %1.</translation>
        </message>
    </context>
    <context>
        <name>montaj::Recorder</name>
        <message>
            <source>The recording settings cannot change during a take.</source>
            <translation>Les réglages d’enregistrement ne peuvent pas changer pendant une prise.</translation>
        </message>
        <message>
            <source>The recording needs an even output size and a frame rate.</source>
            <translation>L’enregistrement nécessite une taille de sortie paire et une fréquence d’images.</translation>
        </message>
        <message>
            <source>The camera or screen cannot change during a take.</source>
            <translation>La caméra ou l’écran ne peut pas changer pendant une prise.</translation>
        </message>
        <message>
            <source>The microphone cannot change during a take.</source>
            <translation>Le micro ne peut pas changer pendant une prise.</translation>
        </message>
        <message>
            <source>Choose a camera, the screen or the test pattern first.</source>
            <translation>Choisissez d’abord une caméra, l’écran ou la mire de test.</translation>
        </message>
        <message>
            <source>A recording session is already open.</source>
            <translation>Une session d’enregistrement est déjà ouverte.</translation>
        </message>
        <message>
            <source>The folder for the takes cannot be created.</source>
            <translation>Le dossier des prises ne peut pas être créé.</translation>
        </message>
        <message>
            <source>The last take is still being saved; try again in a moment.</source>
            <translation>La dernière prise est encore en cours d’enregistrement ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Open the camera or screen before recording.</source>
            <translation>Ouvrez la caméra ou l’écran avant d’enregistrer.</translation>
        </message>
        <message>
            <source>Stop recording before deleting a take.</source>
            <translation>Arrêtez l’enregistrement avant de supprimer une prise.</translation>
        </message>
        <message>
            <source>There is no take to delete.</source>
            <translation>Il n’y a aucune prise à supprimer.</translation>
        </message>
        <message>
            <source>The take's file could not be deleted.</source>
            <translation>Le fichier de la prise n’a pas pu être supprimé.</translation>
        </message>
    </context>
    <context>
        <name>montaj::SandboxAccountSessions</name>
        <message>
            <source>The sandbox signed in a different account than @%1 (open_id %2, expected %3).</source>
            <translation>Le bac à sable a connecté un autre compte que @%1 (open_id %2, attendu %3).</translation>
        </message>
        <message>
            <source>The sandbox did not sign the account in (%1). Is it running with automatic approval, and does the account exist?</source>
            <translation>Le bac à sable n’a pas connecté le compte (%1). Tourne-t-il avec l’approbation automatique, et le compte existe-t-il ?</translation>
        </message>
    </context>
    <context>
        <name>montaj::SandboxServer</name>
        <message>
            <source>The sandbox is already running.</source>
            <translation>Le bac à sable est déjà en cours d’exécution.</translation>
        </message>
        <message>
            <source>Unknown token profile “%1”: use “long” or “rotating”.</source>
            <translation>Profil de jetons « %1 » inconnu : utilisez « long » ou « rotating ».</translation>
        </message>
        <message>
            <source>The sandbox could not create a temporary folder for its state.</source>
            <translation>Le bac à sable n’a pas pu créer de dossier temporaire pour son état.</translation>
        </message>
        <message>
            <source>The sandbox could not create its state folder.</source>
            <translation>Le bac à sable n’a pas pu créer son dossier d’état.</translation>
        </message>
        <message>
            <source>The sandbox could not listen on 127.0.0.1:%1: %2</source>
            <translation>Le bac à sable n’a pas pu écouter sur 127.0.0.1:%1 : %2</translation>
        </message>
        <message>
            <source>The sandbox could not create its demo world.</source>
            <translation>Le bac à sable n’a pas pu créer son monde de démonstration.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TikTokApi</name>
        <message>
            <source>The addresses of the platform profile “%1” are not configured yet.</source>
            <translation>Les adresses du profil de plateforme « %1 » ne sont pas encore configurées.</translation>
        </message>
        <message>
            <source>No app client key is configured for this platform.</source>
            <translation>Aucune clé client d’application n’est configurée pour cette plateforme.</translation>
        </message>
        <message>
            <source>The sign-in return address must be on this computer (127.0.0.1) with a port.</source>
            <translation>L’adresse de retour de la connexion doit se trouver sur cet ordinateur (127.0.0.1) et indiquer un port.</translation>
        </message>
        <message>
            <source>At most %1 videos can be looked up at once.</source>
            <translation>Impossible de consulter plus de %1 vidéos à la fois.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TikTokCampaignsApi</name>
        <message>
            <source>This campaign is not available to your account any more.</source>
            <translation>Cette campagne n’est plus disponible pour votre compte.</translation>
        </message>
        <message>
            <source>The invitation has expired and can no longer be accepted or declined.</source>
            <translation>L’invitation a expiré et ne peut plus être acceptée ni refusée.</translation>
        </message>
        <message>
            <source>The campaign has moved on since you last looked. Refresh it and try again.</source>
            <translation>La campagne a évolué depuis votre dernière consultation. Actualisez-la et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TokenStore</name>
        <message>
            <source>Sign-ins are kept in the system keychain.</source>
            <translation>Les connexions sont conservées dans le trousseau du système.</translation>
        </message>
        <message>
            <source>No system keychain is available, so your sign-in is kept only until Montaj closes. You will need to sign in again next time.</source>
            <translation>Aucun trousseau du système n’est disponible : votre connexion n’est donc conservée que jusqu’à la fermeture de Montaj. Vous devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message>
            <source>The system keychain could not be used, so your sign-in is kept only until Montaj closes.</source>
            <translation>Le trousseau du système n’a pas pu être utilisé : votre connexion n’est donc conservée que jusqu’à la fermeture de Montaj.</translation>
        </message>
        <message>
            <source>Sign-ins are kept only until Montaj closes.</source>
            <translation>Les connexions ne sont conservées que jusqu’à la fermeture de Montaj.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TokenStoreAccountSessions</name>
        <message>
            <source>@%1 has never been signed in on this computer. Sign in to the account, then schedule the post again.</source>
            <translation>@%1 n’a jamais été connecté sur cet ordinateur. Connectez-vous au compte, puis planifiez à nouveau la publication.</translation>
        </message>
        <message>
            <source>No app is configured for this platform.</source>
            <translation>Aucune application n’est configurée pour cette plateforme.</translation>
        </message>
        <message>
            <source>@%1 is not signed in on this computer any more. Sign in to the account again, then schedule the post again.</source>
            <translation>@%1 n’est plus connecté sur cet ordinateur. Reconnectez-vous au compte, puis planifiez à nouveau la publication.</translation>
        </message>
    </context>
    <context>
        <name>montaj::TranscriptionJob</name>
        <message>
            <source>No speech recognizer is available on this computer.</source>
            <translation>Aucun moteur de reconnaissance vocale n’est disponible sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>montaj::WorkspaceService</name>
        <message>
            <source>No workspace is open.</source>
            <translation>Aucun espace de travail n’est ouvert.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ctl::Cli</name>
        <message>
            <source>Print where Montaj keeps its files, as JSON</source>
            <translation>Afficher où Montaj range ses fichiers, en JSON</translation>
        </message>
        <message>
            <source>Mask tokens and other secrets in a log before you share it</source>
            <translation>Masquer les jetons et autres secrets d’un journal avant de le partager</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Afficher cette aide et quitter.</translation>
        </message>
        <message>
            <source>Print where Montaj keeps its files, as JSON. Set MONTAJ_HOME to keep everything under one folder.</source>
            <translation>Afficher où Montaj range ses fichiers, en JSON. Définissez MONTAJ_HOME pour tout garder dans un seul dossier.</translation>
        </message>
        <message>
            <source>montajctl paths: unexpected argument “%1”.</source>
            <translation>montajctl paths : argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>Usage: montajctl [--help] [--version] COMMAND [ARGUMENTS…]</source>
            <translation>Utilisation : montajctl [--help] [--version] COMMANDE [ARGUMENTS…]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commandes :</translation>
        </message>
        <message>
            <source>Run “montajctl COMMAND --help” for the options of one command.</source>
            <translation>Lancez « montajctl COMMANDE --help » pour les options d’une commande.</translation>
        </message>
        <message>
            <source>Exit codes:</source>
            <translation>Codes de sortie :</translation>
        </message>
        <message>
            <source>  0  success</source>
            <translation>  0  succès</translation>
        </message>
        <message>
            <source>  1  the command failed</source>
            <translation>  1  la commande a échoué</translation>
        </message>
        <message>
            <source>  2  wrong usage: unknown command or option, missing argument</source>
            <translation>  2  mauvaise utilisation : commande ou option inconnue, argument manquant</translation>
        </message>
        <message>
            <source>  3  invalid input: a file or value could not be read or is malformed</source>
            <translation>  3  entrée invalide : un fichier ou une valeur est illisible ou mal formé</translation>
        </message>
        <message>
            <source>  4  unavailable: a service, device or network peer could not be reached</source>
            <translation>  4  indisponible : un service, un appareil ou un pair réseau est injoignable</translation>
        </message>
        <message>
            <source>  130  cancelled</source>
            <translation>  130  annulé</translation>
        </message>
        <message>
            <source>montajctl: unknown command “%1”.</source>
            <translation>montajctl : commande inconnue « %1 ».</translation>
        </message>
        <message>
            <source>montajctl: unknown option “%1”.</source>
            <translation>montajctl : option inconnue « %1 ».</translation>
        </message>
        <message>
            <source>Run “montajctl --help” to see the commands.</source>
            <translation>Lancez « montajctl --help » pour voir les commandes.</translation>
        </message>
        <message>
            <source>The log to clean; standard input when omitted.</source>
            <translation>Le journal à nettoyer ; l’entrée standard s’il est omis.</translation>
        </message>
        <message>
            <source>Copy a log to standard output with access tokens, authorization codes and other secrets masked.</source>
            <translation>Copier un journal sur la sortie standard en masquant les jetons d’accès, codes d’autorisation et autres secrets.</translation>
        </message>
        <message>
            <source>montajctl redact: give at most one file.</source>
            <translation>montajctl redact : indiquez au plus un fichier.</translation>
        </message>
        <message>
            <source>montajctl redact: cannot read standard input.</source>
            <translation>montajctl redact : impossible de lire l’entrée standard.</translation>
        </message>
        <message>
            <source>montajctl redact: cannot open “%1”: %2</source>
            <translation>montajctl redact : impossible d’ouvrir « %1 » : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n secret(s) masked.</source>
            <translation>
                <numerusform>%n secret masqué.</numerusform>
                <numerusform>%n secrets masqués.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show what a media file holds, as JSON</source>
            <translation>Afficher le contenu d’un fichier média, en JSON</translation>
        </message>
        <message>
            <source>Export a project or a media file as platform-ready MP4</source>
            <translation>Exporter un projet ou un fichier média en MP4 prêt pour la plateforme</translation>
        </message>
        <message>
            <source>The media file to examine.</source>
            <translation>Le fichier média à examiner.</translation>
        </message>
        <message>
            <source>Print what a media file holds — streams, duration, frame rate, size, rotation, colour — as JSON.</source>
            <translation>Afficher le contenu d’un fichier média — flux, durée, fréquence d’images, taille, rotation, couleur — en JSON.</translation>
        </message>
        <message>
            <source>montajctl probe: give exactly one file.</source>
            <translation>montajctl probe : indiquez exactement un fichier.</translation>
        </message>
        <message>
            <source>A Montaj project (.montaj) or a media file.</source>
            <translation>Un projet Montaj (.montaj) ou un fichier média.</translation>
        </message>
        <message>
            <source>The MP4 file to write.</source>
            <translation>Le fichier MP4 à écrire.</translation>
        </message>
        <message>
            <source>Export preset: %1.</source>
            <translation>Préréglage d’export : %1.</translation>
        </message>
        <message>
            <source>For a media file: “fit” shows the whole picture with bands, “fill” covers the canvas and crops.</source>
            <translation>Pour un fichier média : « fit » montre toute l’image avec des bandes, « fill » remplit le canevas en recadrant.</translation>
        </message>
        <message>
            <source>The longest video this account may post, in seconds.</source>
            <translation>La durée maximale d’une vidéo que ce compte peut publier, en secondes.</translation>
        </message>
        <message>
            <source>Export a project, or make a media file platform-ready, as H.264 + AAC in MP4. Progress is printed as one JSON object per line.</source>
            <translation>Exporter un projet, ou préparer un fichier média pour la plateforme, en H.264 + AAC dans un MP4. La progression est affichée sous forme d’un objet JSON par ligne.</translation>
        </message>
        <message>
            <source>montajctl render: give one input and an output with -o.</source>
            <translation>montajctl render : indiquez une entrée et une sortie avec -o.</translation>
        </message>
        <message>
            <source>montajctl render: unknown preset “%1”; choose one of: %2.</source>
            <translation>montajctl render : préréglage inconnu « %1 » ; choisissez parmi : %2.</translation>
        </message>
        <message>
            <source>montajctl render: --fit takes “fit” or “fill”, not “%1”.</source>
            <translation>montajctl render : --fit accepte « fit » ou « fill », pas « %1 ».</translation>
        </message>
        <message>
            <source>montajctl render: --creator-max-seconds takes a number of seconds.</source>
            <translation>montajctl render : --creator-max-seconds attend un nombre de secondes.</translation>
        </message>
        <message>
            <source>%1 holds no video to export.</source>
            <translation>%1 ne contient aucune vidéo à exporter.</translation>
        </message>
        <message>
            <source>The port to listen on at 127.0.0.1 (0 picks a free one).</source>
            <translation>Le port d’écoute sur 127.0.0.1 (0 en choisit un libre).</translation>
        </message>
        <message>
            <source>The folder that keeps the sandbox's accounts, tokens and videos.</source>
            <translation>Le dossier qui conserve les comptes, les jetons et les vidéos du bac à sable.</translation>
        </message>
        <message>
            <source>Faults to inject, e.g. “latency=50ms;http_429=0.1;reset_mid_chunk=0.2”.</source>
            <translation>Pannes à injecter, par exemple « latency=50ms;http_429=0.1;reset_mid_chunk=0.2 ».</translation>
        </message>
        <message>
            <source>Approve sign-ins at once instead of showing the consent page.</source>
            <translation>Approuver immédiatement les connexions au lieu d’afficher la page de consentement.</translation>
        </message>
        <message>
            <source>Run the platform sandbox: the TikTok-shaped API on 127.0.0.1, with persistent state, until interrupted (Ctrl+C).</source>
            <translation>Lancer le bac à sable de plateforme : l’API façon TikTok sur 127.0.0.1, avec un état persistant, jusqu’à interruption (Ctrl+C).</translation>
        </message>
        <message>
            <source>montajctl sandbox: unexpected argument “%1”.</source>
            <translation>montajctl sandbox : argument inattendu « %1 ».</translation>
        </message>
        <message>
            <source>montajctl sandbox: --port takes a number from 0 to 65535.</source>
            <translation>montajctl sandbox : --port attend un nombre entre 0 et 65535.</translation>
        </message>
        <message>
            <source>Run the platform sandbox on 127.0.0.1 until interrupted</source>
            <translation>Lancer le bac à sable de plateforme sur 127.0.0.1 jusqu’à interruption</translation>
        </message>
        <message>
            <source>Import, export and list scheduled posts (CSV, iCalendar)</source>
            <translation>Importer, exporter et lister les publications planifiées (CSV, iCalendar)</translation>
        </message>
        <message>
            <source>Show a workspace, its accounts and settings</source>
            <translation>Afficher un espace de travail, ses comptes et ses réglages</translation>
        </message>
        <message>
            <source>Publish due posts from a workspace (the publisher worker)</source>
            <translation>Publier les publications arrivées à échéance d’un espace de travail (l’agent de publication)</translation>
        </message>
        <message>
            <source>No app credentials for %1: set %2_CLIENT_KEY and %2_CLIENT_SECRET.</source>
            <translation>Aucun identifiant d’application pour %1 : définissez %2_CLIENT_KEY et %2_CLIENT_SECRET.</translation>
        </message>
        <message>
            <source>Publish to the platform sandbox at URL (started with --auto-approve), signing each account in automatically.</source>
            <translation>Publier sur le bac à sable de plateforme à l’adresse URL (lancé avec --auto-approve), en connectant chaque compte automatiquement.</translation>
        </message>
        <message>
            <source>This worker's name in the posts' history (default: host:pid).</source>
            <translation>Le nom de cet agent dans l’historique des publications (par défaut : host:pid).</translation>
        </message>
        <message>
            <source>Seconds a claimed post stays this worker's without a renewal.</source>
            <translation>Durée en secondes pendant laquelle une publication prise en charge reste attribuée à cet agent sans renouvellement.</translation>
        </message>
        <message>
            <source>Only publish for this account (username); repeat for several.</source>
            <translation>Ne publier que pour ce compte (nom d’utilisateur) ; répétez l’option pour plusieurs comptes.</translation>
        </message>
        <message>
            <source>Stop when no post is due or in flight.</source>
            <translation>S’arrêter quand aucune publication n’est due ni en cours.</translation>
        </message>
        <message>
            <source>run</source>
            <translation>run</translation>
        </message>
        <message>
            <source>%1: say run.</source>
            <translation>%1 : indiquez run.</translation>
        </message>
        <message>
            <source>%1: --concurrency takes 1 to 64 and --lease at least 5 seconds.</source>
            <translation>%1 : --concurrency accepte de 1 à 64 et --lease au moins 5 secondes.</translation>
        </message>
        <message>
            <source>%1: no account “%2” in this workspace.</source>
            <translation>%1 : aucun compte « %2 » dans cet espace de travail.</translation>
        </message>
        <message>
            <source>Add N public creator accounts creator_1 … creator_N (agency tests and benchmarks).</source>
            <translation>Ajouter N comptes créateurs publics creator_1 … creator_N (tests d’agence et mesures de performance).</translation>
        </message>
        <message>
            <source>Direct posts a creator may make per 24 hours.</source>
            <translation>Nombre de publications directes qu’un créateur peut faire par période de 24 heures.</translation>
        </message>
        <message>
            <source>How long the sandbox takes to process an upload, in ms.</source>
            <translation>Le temps que met le bac à sable à traiter un envoi, en ms.</translation>
        </message>
        <message>
            <source>montajctl sandbox: --creators, --max-posts-per-day and --moderation-delay-ms take whole numbers.</source>
            <translation>montajctl sandbox : --creators, --max-posts-per-day et --moderation-delay-ms attendent des nombres entiers.</translation>
        </message>
        <message>
            <source>import: store the rows without errors (default: only report).</source>
            <translation>import : enregistrer les lignes sans erreur (par défaut : rapport seulement).</translation>
        </message>
        <message>
            <source>The account (username) for files that name none (Hootsuite); list/export: only this account.</source>
            <translation>Le compte (nom d’utilisateur) pour les fichiers qui n’en indiquent aucun (Hootsuite) ; list/export : ce compte uniquement.</translation>
        </message>
        <message>
            <source>import: the privacy for files that name none (e.g. PUBLIC_TO_EVERYONE).</source>
            <translation>import : la confidentialité pour les fichiers qui n’en indiquent aucune (par exemple PUBLIC_TO_EVERYONE).</translation>
        </message>
        <message>
            <source>export: the file to write (.csv or .ics).</source>
            <translation>export : le fichier à écrire (.csv ou .ics).</translation>
        </message>
        <message>
            <source>list/export: from this date (yyyy-mm-dd, UTC).</source>
            <translation>list/export : à partir de cette date (yyyy-mm-dd, UTC).</translation>
        </message>
        <message>
            <source>list/export: before this date (yyyy-mm-dd, UTC).</source>
            <translation>list/export : avant cette date (yyyy-mm-dd, UTC).</translation>
        </message>
        <message>
            <source>export: the CSV separator, “,” or “;”.</source>
            <translation>export : le séparateur CSV, « , » ou « ; ».</translation>
        </message>
        <message>
            <source>Print JSON lines instead of text.</source>
            <translation>Afficher des lignes JSON au lieu de texte.</translation>
        </message>
        <message>
            <source>%1: cannot read “%2”: %3</source>
            <translation>%1 : impossible de lire « %2 » : %3</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>ligne %1, colonne %2</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>Nothing was imported (dry run). Add --import-valid to import the valid rows.</source>
            <translation>Rien n’a été importé (simulation). Ajoutez --import-valid pour importer les lignes valides.</translation>
        </message>
        <message>
            <source>Dates are written yyyy-mm-dd.</source>
            <translation>Les dates s’écrivent yyyy-mm-dd.</translation>
        </message>
        <message>
            <source>No account “%1” in this workspace.</source>
            <translation>Aucun compte « %1 » dans cet espace de travail.</translation>
        </message>
        <message>
            <source>%1: --separator is “,” or “;”.</source>
            <translation>%1 : --separator vaut « , » ou « ; ».</translation>
        </message>
        <message>
            <source>%1: cannot write “%2”: %3</source>
            <translation>%1 : impossible d’écrire « %2 » : %3</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>non planifiée</translation>
        </message>
        <message>
            <source>import FILE.csv, export -o FILE, or list</source>
            <translation>import FILE.csv, export -o FILE ou list</translation>
        </message>
        <message>
            <source>Import, export and list scheduled posts (CSV, iCalendar).</source>
            <translation>Importer, exporter et lister les publications planifiées (CSV, iCalendar).</translation>
        </message>
        <message>
            <source>%1: say import FILE.csv, export -o FILE, or list.</source>
            <translation>%1 : indiquez import FILE.csv, export -o FILE ou list.</translation>
        </message>
        <message>
            <source>The account's open_id on the platform.</source>
            <translation>L’open_id du compte sur la plateforme.</translation>
        </message>
        <message>
            <source>The platform profile: sandbox, tiktok or tiktok-us.</source>
            <translation>Le profil de plateforme : sandbox, tiktok ou tiktok-us.</translation>
        </message>
        <message>
            <source>The account's time zone (IANA, e.g. Europe/Paris).</source>
            <translation>Le fuseau horaire du compte (IANA, par exemple Europe/Paris).</translation>
        </message>
        <message>
            <source>The account's colour in the calendar (#rrggbb).</source>
            <translation>La couleur du compte dans le calendrier (#rrggbb).</translation>
        </message>
        <message>
            <source>Posting times for the queue, comma-separated (e.g. 09:00,18:30).</source>
            <translation>Heures de publication de la file d’attente, séparées par des virgules (par exemple 09:00,18:30).</translation>
        </message>
        <message>
            <source>add-account: sign in to the sandbox at URL as this account to learn its open_id.</source>
            <translation>add-account : se connecter au bac à sable à l’adresse URL avec ce compte pour connaître son open_id.</translation>
        </message>
        <message>
            <source>info, accounts, add-account USERNAME, or set KEY VALUE</source>
            <translation>info, accounts, add-account USERNAME ou set KEY VALUE</translation>
        </message>
        <message>
            <source>Show and change a workspace: its accounts and settings (SQLite file or PostgreSQL).</source>
            <translation>Afficher et modifier un espace de travail : ses comptes et ses réglages (fichier SQLite ou PostgreSQL).</translation>
        </message>
        <message>
            <source>%1: say info, accounts, add-account USERNAME, or set KEY VALUE.</source>
            <translation>%1 : indiquez info, accounts, add-account USERNAME ou set KEY VALUE.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a time like 09:30.</source>
            <translation>%1 : « %2 » n’est pas une heure comme 09:30.</translation>
        </message>
        <message>
            <source>%1: --open-id (or --sandbox) is required.</source>
            <translation>%1 : --open-id (ou --sandbox) est obligatoire.</translation>
        </message>
        <message>
            <source>%1: “%2” is not a known time zone.</source>
            <translation>%1 : « %2 » n’est pas un fuseau horaire connu.</translation>
        </message>
        <message>
            <source>The workspace: a SQLite file or a postgresql:// URL (default: MONTAJ_WORKSPACE, or the studio's own workspace).</source>
            <translation>L’espace de travail : un fichier SQLite ou une URL postgresql:// (par défaut : MONTAJ_WORKSPACE, sinon celui du studio).</translation>
        </message>
        <message>
            <source>How many posts are published at the same time.</source>
            <translation>Nombre de publications envoyées en même temps.</translation>
        </message>
        <message>
            <source>Publish due posts from a workspace, each exactly once, until interrupted.</source>
            <translation>Publier les publications arrivées à échéance d’un espace de travail, chacune une seule fois, jusqu’à interruption.</translation>
        </message>
        <message>
            <source>Rows: %1 · valid: %2 · with errors: %3 · errors: %4 · warnings: %5</source>
            <translation>Lignes : %1 · valides : %2 · avec erreurs : %3 · erreurs : %4 · avertissements : %5</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>%n publication importée.</numerusform>
                <numerusform>%n publications importées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n post(s) to %1.</source>
            <translation>
                <numerusform>%n publication écrite dans %1.</numerusform>
                <numerusform>%n publications écrites dans %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Estimate a post's views before posting; backtest the estimator on history</source>
            <translation>Estimer les vues d’une publication avant de la publier ; tester l’estimateur sur l’historique (backtest)</translation>
        </message>
        <message>
            <source>The platform profile of a scraped history file (default: tiktok).</source>
            <translation>Le profil de plateforme d’un fichier d’historique collecté par scraping (par défaut : tiktok).</translation>
        </message>
        <message>
            <source>fit, convert: the file to write; backtest: one CSV row per predicted video.</source>
            <translation>fit, convert : le fichier à écrire ; backtest : une ligne CSV par vidéo prédite.</translation>
        </message>
        <message>
            <source>estimate: the creator's history file.</source>
            <translation>estimate : le fichier d’historique du créateur.</translation>
        </message>
        <message>
            <source>estimate: the creator in the history file (needed when it holds several).</source>
            <translation>estimate : le créateur dans le fichier d’historique (nécessaire s’il en contient plusieurs).</translation>
        </message>
        <message>
            <source>estimate: a workspace account; its history as the studio last fetched it.</source>
            <translation>estimate : un compte de l’espace de travail ; son historique tel que le studio l’a récupéré la dernière fois.</translation>
        </message>
        <message>
            <source>estimate: a model written by “reach fit” (default: the built-in one).</source>
            <translation>estimate : un modèle écrit par « reach fit » (par défaut : le modèle intégré).</translation>
        </message>
        <message>
            <source>estimate: when the post goes out (ISO 8601, default: now).</source>
            <translation>estimate : le moment où la publication part (ISO 8601, par défaut : maintenant).</translation>
        </message>
        <message>
            <source>estimate: the audience's time zone (IANA, default: the account's or UTC).</source>
            <translation>estimate : le fuseau horaire de l’audience (IANA, par défaut : celui du compte ou UTC).</translation>
        </message>
        <message>
            <source>estimate: the video's length (seconds or mm:ss).</source>
            <translation>estimate : la durée de la vidéo (secondes ou mm:ss).</translation>
        </message>
        <message>
            <source>estimate: a photo post, not a video.</source>
            <translation>estimate : une publication photo, pas une vidéo.</translation>
        </message>
        <message>
            <source>estimate: the caption.</source>
            <translation>estimate : la légende.</translation>
        </message>
        <message>
            <source>estimate: hashtags, comma-separated (default: the caption's #tags).</source>
            <translation>estimate : les hashtags, séparés par des virgules (par défaut : les #tags de la légende).</translation>
        </message>
        <message>
            <source>estimate: whether the video has captions (yes or no).</source>
            <translation>estimate : si la vidéo a des sous-titres (yes ou no).</translation>
        </message>
        <message>
            <source>estimate: whether it is disclosed commercial content (yes or no).</source>
            <translation>estimate : s’il s’agit de contenu commercial déclaré (yes ou no).</translation>
        </message>
        <message>
            <source>Scraped files: the UTC offset of vid_scrapeTime in hours (default: 7).</source>
            <translation>Fichiers collectés par scraping : le décalage UTC de vid_scrapeTime, en heures (par défaut : 7).</translation>
        </message>
        <message>
            <source>--scrape-offset is a number of hours from -14 to 14.</source>
            <translation>--scrape-offset attend un nombre d’heures entre -14 et 14.</translation>
        </message>
        <message>
            <source>%1: … and %2 more broken rows.</source>
            <translation>%1 : … et %2 autres lignes défectueuses.</translation>
        </message>
        <message>
            <source>Rows read: %1 · broken: %2 · repeated ids: %3 · creators: %4</source>
            <translation>Lignes lues : %1 · défectueuses : %2 · identifiants répétés : %3 · créateurs : %4</translation>
        </message>
        <message>
            <source>Creators with 10 or more usable videos and targets: %1 · predicted videos: %2</source>
            <translation>Créateurs ayant 10 vidéos exploitables ou plus et des cibles : %1 · vidéos prédites : %2</translation>
        </message>
        <message>
            <source>Baseline (median of the last 5, age-adjusted): median error %1, within-creator Spearman %2</source>
            <translation>Référence (médiane des 5 dernières, ajustée selon l’âge) : erreur médiane %1, Spearman intra-créateur %2</translation>
        </message>
        <message>
            <source>%1: fit needs --output FILE.</source>
            <translation>%1 : fit nécessite --output FILE.</translation>
        </message>
        <message>
            <source>Model fitted on %1 videos: %2</source>
            <translation>Modèle ajusté sur %1 vidéos : %2</translation>
        </message>
        <message>
            <source>%1: convert needs --output FILE.</source>
            <translation>%1 : convert nécessite --output FILE.</translation>
        </message>
        <message>
            <source>--at is a date and time (ISO 8601).</source>
            <translation>--at attend une date et une heure (ISO 8601).</translation>
        </message>
        <message>
            <source>--duration is seconds or mm:ss.</source>
            <translation>--duration attend des secondes ou mm:ss.</translation>
        </message>
        <message>
            <source>--%1 is yes or no.</source>
            <translation>--%1 vaut yes ou no.</translation>
        </message>
        <message>
            <source>Unknown time zone “%1”.</source>
            <translation>Fuseau horaire inconnu « %1 ».</translation>
        </message>
        <message>
            <source>%1: name the creator with --creator (the file holds %2).</source>
            <translation>%1 : indiquez le créateur avec --creator (le fichier en contient %2).</translation>
        </message>
        <message>
            <source>%1: estimate needs --history FILE or --account USERNAME.</source>
            <translation>%1 : estimate nécessite --history FILE ou --account USERNAME.</translation>
        </message>
        <message>
            <source>backtest, estimate, fit or convert.</source>
            <translation>backtest, estimate, fit ou convert.</translation>
        </message>
        <message>
            <source>backtest, fit, convert: the history CSV.</source>
            <translation>backtest, fit, convert : le CSV d’historique.</translation>
        </message>
        <message>
            <source>Estimate a post's views before posting, and prove the estimator on real history (walk-forward backtest, docs/reach.md).</source>
            <translation>Estimer les vues d’une publication avant de la publier, et éprouver l’estimateur sur un historique réel (test rétrospectif glissant, docs/reach.md).</translation>
        </message>
        <message>
            <source>%1: use “backtest FILE”, “fit FILE -o MODEL”, “convert FILE -o OUT” or “estimate …”.</source>
            <translation>%1 : utilisez « backtest FILE », « fit FILE -o MODEL », « convert FILE -o OUT » ou « estimate … ».</translation>
        </message>
        <message>
            <source>Convert caption files (SRT, WebVTT, ASS) between formats and encodings</source>
            <translation>Convertir des fichiers de sous-titres (SRT, WebVTT, ASS) entre formats et encodages</translation>
        </message>
        <message>
            <source>The file to write; its extension (.srt, .vtt, .ass) names the format.</source>
            <translation>Le fichier à écrire ; son extension (.srt, .vtt, .ass) en détermine le format.</translation>
        </message>
        <message>
            <source>The input's text encoding (UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252, ISO-8859-1…); detected when not given.</source>
            <translation>L’encodage du texte en entrée (UTF-8, UTF-16LE, UTF-16BE, windows-1256, windows-1252, ISO-8859-1…) ; détecté s’il n’est pas indiqué.</translation>
        </message>
        <message>
            <source>Start the output with a UTF-8 byte order mark (for old players).</source>
            <translation>Commencer la sortie par une marque d’ordre des octets UTF-8 (pour les anciens lecteurs).</translation>
        </message>
        <message>
            <source>Write Windows line endings (CRLF).</source>
            <translation>Écrire des fins de ligne Windows (CRLF).</translation>
        </message>
        <message>
            <source>The caption file to read.</source>
            <translation>Le fichier de sous-titres à lire.</translation>
        </message>
        <message>
            <source>Convert a caption file between SubRip, WebVTT and ASS/SSA, reading any of the usual text encodings; writes UTF-8.</source>
            <translation>Convertir un fichier de sous-titres entre SubRip, WebVTT et ASS/SSA, en lisant tous les encodages de texte courants ; écrit en UTF-8.</translation>
        </message>
        <message>
            <source>%1 convert: give one input file and -o OUTPUT.</source>
            <translation>%1 convert : indiquez un seul fichier d’entrée et -o OUTPUT.</translation>
        </message>
        <message>
            <source>%1 convert: cannot tell the format of “%2”: name it .srt, .vtt or .ass.</source>
            <translation>%1 convert : impossible de déterminer le format de « %2 » : nommez-le en .srt, .vtt ou .ass.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n cue(s), %2, %3 → %4</source>
            <translation>
                <numerusform>%1 : %n sous-titre, %2, %3 → %4</numerusform>
                <numerusform>%1 : %n sous-titres, %2, %3 → %4</numerusform>
            </translation>
        </message>
        <message>
            <source>The caption file to write (.srt, .vtt or .ass).</source>
            <translation>Le fichier de sous-titres à écrire (.srt, .vtt ou .ass).</translation>
        </message>
        <message>
            <source>The spoken language (BCP 47, e.g. en-US); the engine's own when not given.</source>
            <translation>La langue parlée (BCP 47, par ex. en-US) ; celle du moteur si elle n’est pas indiquée.</translation>
        </message>
        <message>
            <source>The recognizer: pocketsphinx or whisper.cpp; the best available when not given.</source>
            <translation>Le moteur de reconnaissance : pocketsphinx ou whisper.cpp ; le meilleur disponible s’il n’est pas indiqué.</translation>
        </message>
        <message>
            <source>The video or sound file to listen to.</source>
            <translation>Le fichier vidéo ou audio à écouter.</translation>
        </message>
        <message>
            <source>Make word-timed captions from the speech in a media file, offline.</source>
            <translation>Créer des sous-titres minutés mot à mot à partir de la parole d’un fichier média, hors ligne.</translation>
        </message>
        <message>
            <source>%1 transcribe: give one media file and -o OUTPUT.</source>
            <translation>%1 transcribe : indiquez un fichier média et -o OUTPUT.</translation>
        </message>
        <message>
            <source>%1 transcribe: cannot tell the format of “%2”: name it .srt, .vtt or .ass.</source>
            <translation>%1 transcribe : impossible de déterminer le format de « %2 » : donnez-lui l’extension .srt, .vtt ou .ass.</translation>
        </message>
        <message>
            <source>%1 transcribe: no such speech recognizer “%2”.</source>
            <translation>%1 transcribe : moteur de reconnaissance vocale « %2 » inconnu.</translation>
        </message>
        <message>
            <source>listening… %1%</source>
            <translation>écoute… %1 %</translation>
        </message>
        <message numerus="yes">
            <source>%n cue(s) from speech (%1) → %2</source>
            <translation>
                <numerusform>%n sous-titre issu de la parole (%1) → %2</numerusform>
                <numerusform>%n sous-titres issus de la parole (%1) → %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Convert between SRT, WebVTT and ASS/SSA</source>
            <translation>Convertir entre SRT, WebVTT et ASS/SSA</translation>
        </message>
        <message>
            <source>Make captions from the speech in a media file</source>
            <translation>Créer des sous-titres à partir de la parole d’un fichier média</translation>
        </message>
        <message>
            <source>Usage: montajctl captions ACTION [OPTIONS…]</source>
            <translation>Utilisation : montajctl captions ACTION [OPTIONS…]</translation>
        </message>
        <message>
            <source>Actions:</source>
            <translation>Actions :</translation>
        </message>
        <message>
            <source>Run “montajctl captions ACTION --help” for the options of one action.</source>
            <translation>Lancez « montajctl captions ACTION --help » pour les options d’une action.</translation>
        </message>
        <message>
            <source>%1: unknown action “%2”.</source>
            <translation>%1 : action inconnue « %2 ».</translation>
        </message>
        <message>
            <source>For a media file: apply a filter, NAME[:key=value,...] (for example “exposure:ev=0.5” or “lut:file=warm.cube,intensity=0.8”); repeat for several, applied in order. Filters: %1.</source>
            <translation>Pour un fichier média : appliquer un filtre, NAME[:key=value,...] (par exemple « exposure:ev=0.5 » ou « lut:file=warm.cube,intensity=0.8 ») ; répétez l’option pour en appliquer plusieurs, dans l’ordre. Filtres : %1.</translation>
        </message>
        <message>
            <source>For a media file: apply the filters of a look file (before any --filter).</source>
            <translation>Pour un fichier média : appliquer les filtres d’un fichier de look (avant tout --filter).</translation>
        </message>
        <message>
            <source>montajctl render: --filter and --look are for a single media file; a project's clips carry their own filters.</source>
            <translation>montajctl render : --filter et --look s’appliquent à un seul fichier média ; les clips d’un projet ont leurs propres filtres.</translation>
        </message>
        <message>
            <source>backtest: also run on N − 1 other splits of the creators into two folds and report the mean and spread of the scores (default: 1, the protocol's split only).</source>
            <translation>backtest : exécute aussi N − 1 autres partages des créateurs en deux moitiés et indique la moyenne et la dispersion des scores (par défaut : 1, le partage du protocole seul).</translation>
        </message>
        <message>
            <source>--splits is a whole number from 1 to 100.</source>
            <translation>--splits est un nombre entier de 1 à 100.</translation>
        </message>
        <message>
            <source>estimate: a Montaj project (.montaj); its length and captions, unless given as options.</source>
            <translation>estimate : un projet Montaj (.montaj) ; sa durée et ses sous-titres, sauf s’ils sont donnés en options.</translation>
        </message>
        <message>
            <source>--photo and --project do not go together.</source>
            <translation>--photo et --project ne vont pas ensemble.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::AboutDialog</name>
        <message>
            <source>About Montaj</source>
            <translation>À propos de Montaj</translation>
        </message>
        <message>
            <source>A creator studio for short-form video.</source>
            <translation>Un studio de création pour les vidéos courtes.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>LGPL 3.0</source>
            <translation>LGPL 3.0</translation>
        </message>
        <message>
            <source>with FFmpeg</source>
            <translation>avec FFmpeg</translation>
        </message>
        <message>
            <source>GPL 2.0 or later</source>
            <translation>GPL 2.0 ou ultérieure</translation>
        </message>
        <message>
            <source>Apache 2.0</source>
            <translation>Apache 2.0</translation>
        </message>
        <message>
            <source>system</source>
            <translation>du système</translation>
        </message>
        <message>
            <source>curl licence (MIT-like)</source>
            <translation>licence curl (de type MIT)</translation>
        </message>
        <message>
            <source>BSD 3-clause</source>
            <translation>BSD à 3 clauses</translation>
        </message>
        <message>
            <source>public domain</source>
            <translation>domaine public</translation>
        </message>
        <message>
            <source>BSD 2-clause</source>
            <translation>BSD à 2 clauses</translation>
        </message>
        <message>
            <source>SIL Open Font License 1.1</source>
            <translation>SIL Open Font License 1.1</translation>
        </message>
        <message>
            <source>This FFmpeg was built with GPL parts (libx264 among them), so Montaj as distributed with it is covered by the GNU GPL: you may use it for any purpose, and whoever gives you a copy must also offer you its source code under the same terms.</source>
            <translation>Ce FFmpeg a été compilé avec des éléments sous GPL (dont libx264) : Montaj distribué avec lui est donc couvert par la GNU GPL. Vous pouvez l’utiliser à toutes fins, et quiconque vous en donne une copie doit aussi vous proposer son code source aux mêmes conditions.</translation>
        </message>
        <message>
            <source>This FFmpeg is LGPL: Montaj uses it as shared libraries, which you may replace with your own build.</source>
            <translation>Ce FFmpeg est sous LGPL : Montaj l’utilise sous forme de bibliothèques partagées, que vous pouvez remplacer par votre propre compilation.</translation>
        </message>
        <message>
            <source>Qt is used under the LGPL as shared libraries, which you may replace with your own build.</source>
            <translation>Qt est utilisé sous LGPL sous forme de bibliothèques partagées, que vous pouvez remplacer par votre propre compilation.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::AccountOffer</name>
        <message>
            <source>No workspace is open. Choose one in Settings → Workspace.</source>
            <translation>Aucun espace de travail n’est ouvert. Choisissez-en un dans Paramètres → Espace de travail.</translation>
        </message>
        <message>
            <source>This workspace has no accounts yet. Add the signed-in sandbox account %1 to schedule posts for it.</source>
            <translation>Cet espace de travail n’a encore aucun compte. Ajoutez le compte du bac à sable connecté, %1, pour planifier ses publications.</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Ajouter le compte</translation>
        </message>
        <message>
            <source>This workspace has no accounts yet. Link an account in Settings → Accounts to add it here.</source>
            <translation>Cet espace de travail n’a encore aucun compte. Associez un compte dans Paramètres → Comptes pour l’ajouter ici.</translation>
        </message>
        <message>
            <source>%1 was added to this workspace.</source>
            <translation>%1 a été ajouté à cet espace de travail.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::AccountsPanel</name>
        <message>
            <source>Accounts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Link an account</source>
            <translation>Associer un compte</translation>
        </message>
        <message>
            <source>Use my TikTok app…</source>
            <translation>Utiliser mon application TikTok…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Dissocier</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>Démarrage du bac à sable…</translation>
        </message>
        <message>
            <source>Platform: the sandbox, a practice platform on this computer. Nothing you post leaves it.</source>
            <translation>Plateforme : le bac à sable, une plateforme d’entraînement sur cet ordinateur. Rien de ce que vous publiez n’en sort.</translation>
        </message>
        <message>
            <source>Platform: TikTok, with your own app.</source>
            <translation>Plateforme : TikTok, avec votre propre application.</translation>
        </message>
        <message>
            <source>Waiting for the browser: approve Montaj in the page that opened.</source>
            <translation>En attente du navigateur : autorisez Montaj dans la page qui s’est ouverte.</translation>
        </message>
        <message>
            <source>No account is linked.</source>
            <translation>Aucun compte n’est associé.</translation>
        </message>
        <message>
            <source>Linked: %1</source>
            <translation>Compte associé : %1</translation>
        </message>
        <message>
            <source>Montaj may use everything it asked for.</source>
            <translation>Montaj peut utiliser tout ce qu’il a demandé.</translation>
        </message>
        <message>
            <source>Use my TikTok app</source>
            <translation>Utiliser mon application TikTok</translation>
        </message>
        <message>
            <source>Register a desktop app on TikTok for Developers with the redirect address http://127.0.0.1/callback/ and enter its client key and secret. The secret is kept only while Montaj runs.</source>
            <translation>Enregistrez une application de bureau sur TikTok for Developers avec l’adresse de redirection http://127.0.0.1/callback/, puis saisissez sa clé client et son secret. Le secret n’est conservé que pendant l’exécution de Montaj.</translation>
        </message>
        <message>
            <source>Client key:</source>
            <translation>Clé client :</translation>
        </message>
        <message>
            <source>Client secret:</source>
            <translation>Secret client :</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BestTimeHeatmap</name>
        <message>
            <source>The best times appear once the account has a history.</source>
            <translation>Les meilleurs créneaux s’affichent dès que le compte a un historique.</translation>
        </message>
        <message>
            <source>%1: about %2 views in 7 days</source>
            <translation>%1 : environ %2 vues en 7 jours</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BreakdownModel</name>
        <message>
            <source>Session %1</source>
            <translation>Session %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Gift %1</source>
            <translation>Cadeau %1</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Gifter</source>
            <translation>Donateur</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Cadeau</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>Cadeaux</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Diamonds</source>
            <translation>Diamants</translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>Montant (%1)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::BreakdownPanel</name>
        <message>
            <source>Per session</source>
            <translation>Par session</translation>
        </message>
        <message>
            <source>Per gifter</source>
            <translation>Par donateur</translation>
        </message>
        <message>
            <source>Per gift</source>
            <translation>Par cadeau</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Le mois dernier</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Les 30 derniers jours</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Search a gifter, a gift or an id</source>
            <translation>Rechercher un donateur, un cadeau ou un identifiant</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) · %1 coins · %2</source>
            <translation>
                <numerusform>%Ln ligne · %1 pièces · %2</numerusform>
                <numerusform>%Ln lignes · %1 pièces · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) · total %1 · %2 diamonds · %3 coins</source>
            <translation>
                <numerusform>%Ln ligne · total %1 · %2 diamants · %3 pièces</numerusform>
                <numerusform>%Ln lignes · total %1 · %2 diamants · %3 pièces</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionCueModel</name>
        <message>
            <source>A caption needs some text; delete it instead.</source>
            <translation>Un sous-titre doit contenir du texte ; supprimez-le plutôt.</translation>
        </message>
        <message>
            <source>“%1” is not a time; type minutes:seconds.milliseconds, e.g. 1:02.500.</source>
            <translation>« %1 » n’est pas un temps valide ; saisissez minutes:secondes.millisecondes, par exemple 1:02.500.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionLimitsDialog</name>
        <message>
            <source>Caption limits</source>
            <translation>Limites des sous-titres</translation>
        </message>
        <message>
            <source>Most characters per second:</source>
            <translation>Caractères par seconde au maximum :</translation>
        </message>
        <message>
            <source>Most characters per line:</source>
            <translation>Caractères par ligne au maximum :</translation>
        </message>
        <message>
            <source>Shortest caption (s):</source>
            <translation>Sous-titre le plus court (s) :</translation>
        </message>
        <message>
            <source>Longest caption (s):</source>
            <translation>Sous-titre le plus long (s) :</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionPlacementBar</name>
        <message>
            <source>Height:</source>
            <translation>Hauteur :</translation>
        </message>
        <message>
            <source> % from top</source>
            <translation> % depuis le haut</translation>
        </message>
        <message>
            <source>Where the middle of the captions sits in the picture; they always stay clear of the platform's buttons and caption area</source>
            <translation>Position du milieu des sous-titres dans l’image ; ils restent toujours à l’écart des boutons et de la zone de légende de la plateforme</translation>
        </message>
        <message>
            <source>In the picture</source>
            <translation>Dans l’image</translation>
        </message>
        <message>
            <source>Burn the captions into the exported video: everyone sees them</source>
            <translation>Incruster les sous-titres dans la vidéo exportée : tout le monde les voit</translation>
        </message>
        <message>
            <source>Subtitle track</source>
            <translation>Piste de sous-titres</translation>
        </message>
        <message>
            <source>Also add the captions to the MP4 as a subtitle track viewers can turn on (mov_text)</source>
            <translation>Ajouter aussi les sous-titres au MP4 comme piste que les spectateurs peuvent activer (mov_text)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CaptionsPanel</name>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Read an SRT, WebVTT or ASS file into the project</source>
            <translation>Importer un fichier SRT, WebVTT ou ASS dans le projet</translation>
        </message>
        <message>
            <source>Detect encoding</source>
            <translation>Détecter l’encodage</translation>
        </message>
        <message>
            <source>The text encoding of the imported file; choose one to read it again</source>
            <translation>L’encodage du texte du fichier importé ; choisissez-en un pour le relire</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save the captions as SRT, WebVTT or ASS</source>
            <translation>Enregistrer les sous-titres au format SRT, WebVTT ou ASS</translation>
        </message>
        <message>
            <source>From speech…</source>
            <translation>À partir de la parole…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a caption at the playhead</source>
            <translation>Ajouter un sous-titre à la tête de lecture</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Scinder</translation>
        </message>
        <message>
            <source>Split the caption under the playhead</source>
            <translation>Scinder le sous-titre sous la tête de lecture</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Merge the selected caption with the next one</source>
            <translation>Fusionner le sous-titre sélectionné avec le suivant</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Shift all by (ms):</source>
            <translation>Tout décaler de (ms) :</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Décaler</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Remplacer par</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>Respecter la casse</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Tout remplacer</translation>
        </message>
        <message>
            <source>Style:</source>
            <translation>Style :</translation>
        </message>
        <message>
            <source>Bold with outline</source>
            <translation>Gras avec contour</translation>
        </message>
        <message>
            <source>Boxed</source>
            <translation>Encadré</translation>
        </message>
        <message>
            <source>Word by word highlight</source>
            <translation>Surlignage mot à mot</translation>
        </message>
        <message>
            <source>Lines:</source>
            <translation>Lignes :</translation>
        </message>
        <message>
            <source>Limits…</source>
            <translation>Limites…</translation>
        </message>
        <message>
            <source>Reading speed, line length and duration limits for the checks</source>
            <translation>Limites de vitesse de lecture, de longueur de ligne et de durée pour les vérifications</translation>
        </message>
        <message>
            <source>Make captions from the project's speech</source>
            <translation>Créer des sous-titres à partir de la parole du projet</translation>
        </message>
        <message>
            <source>No captions yet: import a file, make them from speech, or add one at the playhead.</source>
            <translation>Aucun sous-titre pour l’instant : importez un fichier, créez-les à partir de la parole ou ajoutez-en un à la tête de lecture.</translation>
        </message>
        <message numerus="yes">
            <source>%n caption(s)</source>
            <translation>
                <numerusform>%n sous-titre</numerusform>
                <numerusform>%n sous-titres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n à vérifier</numerusform>
                <numerusform>%n à vérifier</numerusform>
            </translation>
        </message>
        <message>
            <source>all within the limits</source>
            <translation>tous dans les limites</translation>
        </message>
        <message>
            <source>Import captions</source>
            <translation>Importer des sous-titres</translation>
        </message>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with the file's?</source>
            <translation>
                <numerusform>Remplacer le %n sous-titre du projet par ceux du fichier ?</numerusform>
                <numerusform>Remplacer les %n sous-titres du projet par ceux du fichier ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Captions saved to %1</source>
            <translation>Sous-titres enregistrés dans %1</translation>
        </message>
        <message>
            <source>Export captions</source>
            <translation>Exporter les sous-titres</translation>
        </message>
        <message>
            <source>New caption</source>
            <translation>Nouveau sous-titre</translation>
        </message>
        <message>
            <source>Shifted by %1 ms only: captions cannot start before 0.</source>
            <translation>Décalage limité à %1 ms : les sous-titres ne peuvent pas commencer avant 0.</translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s) made</source>
            <translation>
                <numerusform>%n remplacement effectué</numerusform>
                <numerusform>%n remplacements effectués</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ComposerDialog</name>
        <message>
            <source>Choose the video to post</source>
            <translation>Choisir la vidéo à publier</translation>
        </message>
        <message>
            <source>Videos and projects (*.mp4 *.mov *.webm *.montaj);;All files (*)</source>
            <translation>Vidéos et projets (*.mp4 *.mov *.webm *.montaj);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%n hashtag(s)</source>
            <translation>
                <numerusform>%n hashtag</numerusform>
                <numerusform>%n hashtags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
        <message>
            <source>Promotional content</source>
            <translation>Contenu promotionnel</translation>
        </message>
        <message>
            <source>Paid partnership</source>
            <translation>Partenariat rémunéré</translation>
        </message>
        <message>
            <source>Creator labeled as AI-generated</source>
            <translation>Identifié par le créateur comme généré par l’IA</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Before scheduling:</source>
            <translation>Avant de planifier :</translation>
        </message>
        <message numerus="yes">
            <source>No free posting time in the next %n day(s).</source>
            <translation>
                <numerusform>Aucune heure de publication libre dans le prochain jour.</numerusform>
                <numerusform>Aucune heure de publication libre dans les %n prochains jours.</numerusform>
            </translation>
        </message>
        <message>
            <source>New post</source>
            <translation>Nouvelle publication</translation>
        </message>
        <message>
            <source>Edit post</source>
            <translation>Modifier la publication</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Compte :</translation>
        </message>
        <message>
            <source>Choose an account</source>
            <translation>Choisissez un compte</translation>
        </message>
        <message>
            <source>Video:</source>
            <translation>Vidéo :</translation>
        </message>
        <message>
            <source>A video file or a Montaj project</source>
            <translation>Un fichier vidéo ou un projet Montaj</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Caption:</source>
            <translation>Légende :</translation>
        </message>
        <message>
            <source>Write a caption, with #hashtags and @mentions</source>
            <translation>Rédigez une légende, avec des #hashtags et des @mentions</translation>
        </message>
        <message>
            <source>When:</source>
            <translation>Quand :</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Enregistrer comme brouillon</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Soumettre pour approbation</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Planifier</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ComposerPreview</name>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Loading the cover…</source>
            <translation>Chargement de la couverture…</translation>
        </message>
        <message>
            <source>The project is rendered when it is published.</source>
            <translation>Le projet est rendu au moment de sa publication.</translation>
        </message>
        <message>
            <source>No picture: %1</source>
            <translation>Pas d’image : %1</translation>
        </message>
        <message>
            <source>No video chosen</source>
            <translation>Aucune vidéo choisie</translation>
        </message>
        <message>
            <source>Cover frame</source>
            <translation>Image de couverture</translation>
        </message>
        <message>
            <source>Cover frame at %1 s</source>
            <translation>Image de couverture à %1 s</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <source>Audience not chosen</source>
            <translation>Audience non choisie</translation>
        </message>
        <message>
            <source>Audience: %1</source>
            <translation>Audience : %1</translation>
        </message>
        <message>
            <source>Labels: %1</source>
            <translation>Mentions : %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ConsentPanel</name>
        <message>
            <source>Music Usage Confirmation</source>
            <translation>Confirmation d’utilisation de la musique</translation>
        </message>
        <message>
            <source>By posting, you agree to TikTok's %1 and %2.</source>
            <translation>En publiant, vous acceptez la %1 et la %2 de TikTok.</translation>
        </message>
        <message>
            <source>Branded Content Policy</source>
            <translation>Politique relative au contenu de marque</translation>
        </message>
        <message>
            <source>By posting, you agree to TikTok's %1.</source>
            <translation>En publiant, vous acceptez la %1 de TikTok.</translation>
        </message>
        <message>
            <source>I have checked the preview and agree to publish this post at the chosen time.</source>
            <translation>J’ai vérifié l’aperçu et j’accepte de publier cette publication à l’heure choisie.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CreatorHeader</name>
        <message>
            <source>Branded content cannot be visible to “Only me”.</source>
            <translation>Le contenu de marque ne peut pas être visible par « Seulement moi ».</translation>
        </message>
        <message>
            <source>Video length %1; this account may post up to %2.</source>
            <translation>Durée de la vidéo : %1 ; ce compte peut publier jusqu’à %2.</translation>
        </message>
        <message>
            <source>Video length %1.</source>
            <translation>Durée de la vidéo : %1.</translation>
        </message>
        <message>
            <source>This account may post videos up to %1.</source>
            <translation>Ce compte peut publier des vidéos jusqu’à %1.</translation>
        </message>
        <message>
            <source>Posting as</source>
            <translation>Publier en tant que</translation>
        </message>
        <message>
            <source>Who can see this post:</source>
            <translation>Qui peut voir cette publication :</translation>
        </message>
        <message>
            <source>Choose who can see this post</source>
            <translation>Choisissez qui peut voir cette publication</translation>
        </message>
        <message>
            <source>Allow comments</source>
            <translation>Autoriser les commentaires</translation>
        </message>
        <message>
            <source>Allow duets</source>
            <translation>Autoriser les duos</translation>
        </message>
        <message>
            <source>Allow stitches</source>
            <translation>Autoriser les collages</translation>
        </message>
        <message>
            <source>This account has turned this off in TikTok; it cannot be allowed on this post.</source>
            <translation>Ce compte a désactivé cette option dans TikTok ; elle ne peut pas être autorisée sur cette publication.</translation>
        </message>
        <message>
            <source>Asking the platform what this account may post…</source>
            <translation>Interrogation de la plateforme sur ce que ce compte peut publier…</translation>
        </message>
        <message>
            <source>Checked with the platform just now.</source>
            <translation>Vérifié auprès de la plateforme à l’instant.</translation>
        </message>
        <message>
            <source>This account is not signed in on this computer: its options are checked again when publishing.</source>
            <translation>Ce compte n’est pas connecté sur cet ordinateur : ses options seront revérifiées lors de la publication.</translation>
        </message>
        <message>
            <source>The platform could not be asked (%1). The account is checked again when publishing.</source>
            <translation>Impossible d’interroger la plateforme (%1). Le compte sera revérifié lors de la publication.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::CsvImportDialog</name>
        <message>
            <source>Import a schedule</source>
            <translation>Importer un planning</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Le fichier ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Aucun fichier choisi.</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Vérification du fichier…</translation>
        </message>
        <message>
            <source>Choose a file to check. Nothing is imported until you say so.</source>
            <translation>Choisissez un fichier à vérifier. Rien n’est importé sans votre accord.</translation>
        </message>
        <message>
            <source>%1 %2 %3 Nothing has been imported yet.</source>
            <translation>%1 %2 %3 Rien n’a encore été importé.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) read:</source>
            <translation>
                <numerusform>%n ligne lue :</numerusform>
                <numerusform>%n lignes lues :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid,</source>
            <translation>
                <numerusform>%n valide,</numerusform>
                <numerusform>%n valides,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with errors.</source>
            <translation>
                <numerusform>%n avec erreurs.</numerusform>
                <numerusform>%n avec erreurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Error: the row is not imported</source>
            <translation>Erreur : la ligne n’est pas importée</translation>
        </message>
        <message>
            <source>Warning: the row is imported</source>
            <translation>Avertissement : la ligne est importée</translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s) for approval</source>
            <translation>
                <numerusform>Importer la %n ligne valide pour approbation</numerusform>
                <numerusform>Importer les %n lignes valides pour approbation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %n valid row(s)</source>
            <translation>
                <numerusform>Importer la %n ligne valide</numerusform>
                <numerusform>Importer les %n lignes valides</numerusform>
            </translation>
        </message>
        <message>
            <source>Montaj checks every row first: accounts, times and time zones, media files, captions, privacy and disclosure. Rows with errors are not imported.</source>
            <translation>Montaj vérifie d’abord chaque ligne : comptes, heures et fuseaux horaires, fichiers médias, légendes, confidentialité et déclaration. Les lignes comportant des erreurs ne sont pas importées.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>This Hootsuite file names no account or audience. Use:</source>
            <translation>Ce fichier Hootsuite n’indique ni compte ni audience. Utiliser :</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Who can see the posts</source>
            <translation>Qui peut voir les publications</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::DisclosureBox</name>
        <message>
            <source>Promotional content</source>
            <translation>Contenu promotionnel</translation>
        </message>
        <message>
            <source>Paid partnership</source>
            <translation>Partenariat rémunéré</translation>
        </message>
        <message>
            <source>Your post will be labeled: %1</source>
            <translation>Votre publication portera la mention : %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Content disclosure</source>
            <translation>Déclaration du contenu</translation>
        </message>
        <message>
            <source>Disclose commercial content</source>
            <translation>Déclarer un contenu commercial</translation>
        </message>
        <message>
            <source>Turn this on if the post promotes yourself, a brand, a product or a service.</source>
            <translation>Activez cette option si la publication fait la promotion de vous-même, d’une marque, d’un produit ou d’un service.</translation>
        </message>
        <message>
            <source>Your brand</source>
            <translation>Votre marque</translation>
        </message>
        <message>
            <source>You are promoting yourself or your own business. The post will be labeled “Promotional content”.</source>
            <translation>Vous faites la promotion de vous-même ou de votre propre activité. La publication portera la mention « Contenu promotionnel ».</translation>
        </message>
        <message>
            <source>Branded content</source>
            <translation>Contenu de marque</translation>
        </message>
        <message>
            <source>You are promoting another brand or a third party. The post will be labeled “Paid partnership”.</source>
            <translation>Vous faites la promotion d’une autre marque ou d’un tiers. La publication portera la mention « Partenariat rémunéré ».</translation>
        </message>
        <message>
            <source>AI-generated content (labeled “Creator labeled as AI-generated”)</source>
            <translation>Contenu généré par l’IA (mention « Identifié par le créateur comme généré par l’IA »)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::EarningsPage</name>
        <message>
            <source>reversed in Montaj</source>
            <translation>annulé dans Montaj</translation>
        </message>
        <message>
            <source>Earnings</source>
            <translation>Revenus</translation>
        </message>
        <message>
            <source>Show in:</source>
            <translation>Afficher en :</translation>
        </message>
        <message>
            <source>Bring in LIVE history</source>
            <translation>Récupérer l’historique des LIVE</translation>
        </message>
        <message>
            <source>Reads your past LIVE sessions from the platform and counts their gifts</source>
            <translation>Lit vos sessions LIVE passées sur la plateforme et compte leurs cadeaux</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Saves the table shown under Breakdown</source>
            <translation>Enregistre le tableau affiché dans l’onglet « Détail »</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Versements</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Connected.</source>
            <translation>Connecté.</translation>
        </message>
        <message>
            <source>Reconnected (%1): replayed gifts are not counted twice.</source>
            <translation>Reconnecté (%1) : les cadeaux renvoyés ne sont pas comptés deux fois.</translation>
        </message>
        <message>
            <source>The session has ended.</source>
            <translation>La session est terminée.</translation>
        </message>
        <message>
            <source>Link a platform account in Settings to follow a LIVE session.</source>
            <translation>Associez un compte de plateforme dans Paramètres pour suivre une session LIVE.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Montaj started with commonly quoted rates (50 % share, US$0.005 a diamond, US$100 minimum withdrawal). Check them under Settings: the platform does not publish its rates.</source>
            <translation>Montaj a démarré avec des taux couramment cités (part de 50 %, 0,005 $ US par diamant, retrait minimum de 100 $ US). Vérifiez-les dans l’onglet « Paramètres » : la plateforme ne publie pas ses taux.</translation>
        </message>
        <message>
            <source>Import LIVE gift history</source>
            <translation>Importer l’historique des cadeaux LIVE</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Import de %1…</translation>
        </message>
        <message>
            <source>Imported %1 gifts from %2 rows (%3 already in the ledger).</source>
            <translation>Cadeaux importés : %1, à partir de %2 lignes (%3 déjà dans le registre).</translation>
        </message>
        <message>
            <source>Export earnings</source>
            <translation>Exporter les revenus</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>Reading your LIVE history from the platform…</source>
            <translation>Lecture de votre historique LIVE sur la plateforme…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) do not match the platform's totals.</source>
            <translation>
                <numerusform>%Ln session ne correspond pas aux totaux de la plateforme.</numerusform>
                <numerusform>%Ln sessions ne correspondent pas aux totaux de la plateforme.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln past session(s) brought in; every total matches the platform's.</source>
            <translation>
                <numerusform>%Ln session passée récupérée ; chaque total correspond à celui de la plateforme.</numerusform>
                <numerusform>%Ln sessions passées récupérées ; chaque total correspond à celui de la plateforme.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) on the platform.</source>
            <translation>
                <numerusform>%Ln session sur la plateforme.</numerusform>
                <numerusform>%Ln sessions sur la plateforme.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import exchange rates</source>
            <translation>Importer des taux de change</translation>
        </message>
        <message numerus="yes">
            <source>%Ln exchange rate(s) added.</source>
            <translation>
                <numerusform>%Ln taux de change ajouté.</numerusform>
                <numerusform>%Ln taux de change ajoutés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::EditPage</name>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (non enregistré)</translation>
        </message>
        <message numerus="yes">
            <source>%n media file(s) of this project cannot be found.</source>
            <translation>
                <numerusform>%n fichier média de ce projet est introuvable.</numerusform>
                <numerusform>%n fichiers médias de ce projet sont introuvables.</numerusform>
            </translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>Reconnecter…</translation>
        </message>
        <message>
            <source>Your text</source>
            <translation>Votre texte</translation>
        </message>
        <message>
            <source>The project was recovered after Montaj closed unexpectedly. Save it to keep it.</source>
            <translation>Le projet a été récupéré après une fermeture inattendue de Montaj. Enregistrez-le pour le conserver.</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>Commencer un nouveau projet</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open a Montaj project</source>
            <translation>Ouvrir un projet Montaj</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>Enregistrer le projet sous un autre nom</translation>
        </message>
        <message>
            <source>Add text</source>
            <translation>Ajouter un texte</translation>
        </message>
        <message>
            <source>Put a text on the video at the playhead (T)</source>
            <translation>Placer un texte sur la vidéo à la tête de lecture (T)</translation>
        </message>
        <message>
            <source>Find media files that were moved or renamed</source>
            <translation>Retrouver les fichiers médias déplacés ou renommés</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Export a platform-ready video</source>
            <translation>Exporter une vidéo prête pour la plateforme</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Opened project</source>
            <translation>Projet ouvert</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Annuler : %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Rétablir : %1</translation>
        </message>
        <message>
            <source>The video already shows every disclosure label needed.</source>
            <translation>La vidéo affiche déjà toutes les mentions légales requises.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n disclosure label(s) for the whole video.</source>
            <translation>
                <numerusform>%n mention légale ajoutée pour toute la vidéo.</numerusform>
                <numerusform>%n mentions légales ajoutées pour toute la vidéo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a clip to the timeline before adding labels.</source>
            <translation>Ajoutez un clip à la timeline avant d’ajouter des mentions.</translation>
        </message>
        <message>
            <source>Add disclosure label</source>
            <translation>Ajouter une mention de transparence</translation>
        </message>
        <message>
            <source>Add disclosure label…</source>
            <translation>Ajouter une mention légale…</translation>
        </message>
        <message>
            <source>Show “Publicité”, “Ad” or another label a brand deal requires on the whole video</source>
            <translation>Afficher « Publicité », « Ad » ou une autre mention exigée par un partenariat de marque sur toute la vidéo</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Sous-titres</translation>
        </message>
        <message numerus="yes">
            <source>Add %n take(s)</source>
            <translation>
                <numerusform>Ajouter %n prise</numerusform>
                <numerusform>Ajouter %n prises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n take(s) added to the end of the timeline.</source>
            <translation>
                <numerusform>%n prise ajoutée à la fin de la timeline.</numerusform>
                <numerusform>%n prises ajoutées à la fin de la timeline.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ExportDialog</name>
        <message>
            <source>Save the video as</source>
            <translation>Enregistrer la vidéo sous</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>Vidéo MP4 (*.mp4)</translation>
        </message>
        <message>
            <source>Untitled video</source>
            <translation>Vidéo sans titre</translation>
        </message>
        <message>
            <source>Choose an export preset.</source>
            <translation>Choisissez un préréglage d’export.</translation>
        </message>
        <message numerus="yes">
            <source>The video will be %1 at %2, %3 long (%n frame(s)).</source>
            <translation>
                <numerusform>La vidéo fera %1 à %2, pour une durée de %3 (%n image).</numerusform>
                <numerusform>La vidéo fera %1 à %2, pour une durée de %3 (%n images).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where to save the video.</source>
            <translation>Choisissez où enregistrer la vidéo.</translation>
        </message>
        <message>
            <source>The file name must end in .mp4.</source>
            <translation>Le nom du fichier doit se terminer par .mp4.</translation>
        </message>
        <message>
            <source>%1 is a folder: add a file name.</source>
            <translation>%1 est un dossier : ajoutez un nom de fichier.</translation>
        </message>
        <message>
            <source>Montaj cannot write to the folder %1.</source>
            <translation>Montaj ne peut pas écrire dans le dossier %1.</translation>
        </message>
        <message>
            <source>Before exporting:
%1</source>
            <translation>Avant d’exporter :
%1</translation>
        </message>
        <message>
            <source>Keeps the project's canvas (%1) and frame rate (%2).</source>
            <translation>Conserve le canevas (%1) et la fréquence d’images (%2) du projet.</translation>
        </message>
        <message>
            <source>%1 at %2.</source>
            <translation>%1 à %2.</translation>
        </message>
        <message>
            <source>%1 H.264 video with AAC sound; the platform takes videos up to %2 long.</source>
            <translation>%1 Vidéo H.264 avec son AAC ; la plateforme accepte les vidéos d’une durée maximale de %2.</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>%1 existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>An export is running. Stop it and close? The unfinished video will be deleted.</source>
            <translation>Un export est en cours. L’arrêter et fermer ? La vidéo inachevée sera supprimée.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Frame %1 of %2</source>
            <translation>Image %1 sur %2</translation>
        </message>
        <message>
            <source>%1 frames per second</source>
            <translation>%1 images par seconde</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>encore environ %1</translation>
        </message>
        <message>
            <source>stopping…</source>
            <translation>arrêt en cours…</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates facts about the export's progress</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>Saved %1 (%2).</source>
            <translation>Enregistré : %1 (%2).</translation>
        </message>
        <message>
            <source>The export did not finish: %1</source>
            <translation>L’export n’a pas abouti : %1</translation>
        </message>
        <message>
            <source>The export was stopped. No file was left behind.</source>
            <translation>L’export a été arrêté. Aucun fichier n’a été conservé.</translation>
        </message>
        <message>
            <source>Export video</source>
            <translation>Exporter la vidéo</translation>
        </message>
        <message>
            <source>Export “%1”</source>
            <translation>Exporter « %1 »</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Préréglage</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>Export preset</source>
            <translation>Préréglage d’export</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>Fichier de sortie</translation>
        </message>
        <message>
            <source>The MP4 file the video is saved to</source>
            <translation>Le fichier MP4 dans lequel la vidéo est enregistrée</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the file to save the video to</source>
            <translation>Choisir le fichier dans lequel enregistrer la vidéo</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Progression de l’export</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Open the folder that holds the video</source>
            <translation>Ouvrir le dossier qui contient la vidéo</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Stop export</source>
            <translation>Arrêter l’export</translation>
        </message>
        <message>
            <source>Stop making the video; the unfinished file is deleted</source>
            <translation>Arrêter la création de la vidéo ; le fichier inachevé est supprimé</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ExportDialogRunner</name>
        <message>
            <source>An export is already running.</source>
            <translation>Un export est déjà en cours.</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder for the export: %1</source>
            <translation>Impossible de créer un dossier temporaire pour l’export : %1</translation>
        </message>
        <message>
            <source>The export stopped unexpectedly: montajctl crashed.</source>
            <translation>L’export s’est arrêté de façon inattendue : montajctl a planté.</translation>
        </message>
        <message>
            <source>The export failed: montajctl ended with exit code %1.</source>
            <translation>L’export a échoué : montajctl s’est terminé avec le code de sortie %1.</translation>
        </message>
        <message>
            <source>Cannot start the exporter %1: %2</source>
            <translation>Impossible de lancer l’outil d’export %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterFileEditor</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A file dialog filter: the kind of file, then its patterns ("LUT file (*.cube)").</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Choose the file for “%1”</source>
            <translation>Choisir le fichier pour « %1 »</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Aucun fichier</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterNumberEditor</name>
        <message>
            <source>%1: from %2 to %3</source>
            <extracomment>A tooltip of a filter's number parameter: its name, then the lowest and highest value.</extracomment>
            <translation>%1 : de %2 à %3</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FilterParamsEditor</name>
        <message>
            <source>This filter has no settings.</source>
            <translation>Ce filtre n’a aucun réglage.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::FiltersPanel</name>
        <message>
            <source>Reorder filters</source>
            <translation>Réordonner les filtres</translation>
        </message>
        <message>
            <source>%1. %2: %3</source>
            <extracomment>A problem of one filter in the stack: its position, its name, then the problem.</extracomment>
            <translation>%1. %2 : %3</translation>
        </message>
        <message>
            <source>Filters of “%1”</source>
            <translation>Filtres de « %1 »</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>Select one clip on the timeline to see and change its filters.</source>
            <translation>Sélectionnez un seul clip sur la timeline pour voir et modifier ses filtres.</translation>
        </message>
        <message>
            <source>No filters yet. Add one, or apply a look.</source>
            <translation>Aucun filtre pour l’instant. Ajoutez-en un ou appliquez un look.</translation>
        </message>
        <message>
            <source>Retouched</source>
            <translation>Retouché</translation>
        </message>
        <message>
            <source>A filter of this clip changes how a person looks (skin smoothing). Some countries require a “retouched image” notice on such a video.</source>
            <translation>Un filtre de ce clip modifie l’apparence d’une personne (lissage de la peau). Certains pays exigent la mention « image retouchée » sur une telle vidéo.</translation>
        </message>
        <message>
            <source>Filters of the clip, applied from top to bottom</source>
            <translation>Filtres du clip, appliqués de haut en bas</translation>
        </message>
        <message>
            <source>Applied from top to bottom. Drag to reorder; untick to switch a filter off.</source>
            <translation>Appliqués de haut en bas. Faites glisser pour réordonner ; décochez un filtre pour le désactiver.</translation>
        </message>
        <message>
            <source>Add filter</source>
            <translation>Ajouter un filtre</translation>
        </message>
        <message>
            <source>Add a filter at the end of the stack</source>
            <translation>Ajouter un filtre à la fin de la pile</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove the selected filter</source>
            <translation>Retirer le filtre sélectionné</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Apply the selected filter earlier</source>
            <translation>Appliquer le filtre sélectionné plus tôt</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Apply the selected filter later</source>
            <translation>Appliquer le filtre sélectionné plus tard</translation>
        </message>
        <message>
            <source>Save look…</source>
            <translation>Enregistrer le look…</translation>
        </message>
        <message>
            <source>Save these filters as a look file to reuse or share</source>
            <translation>Enregistrer ces filtres dans un fichier de look à réutiliser ou à partager</translation>
        </message>
        <message>
            <source>Apply look…</source>
            <translation>Appliquer un look…</translation>
        </message>
        <message>
            <source>Replace this clip's filters with those of a look file</source>
            <translation>Remplacer les filtres de ce clip par ceux d’un fichier de look</translation>
        </message>
        <message>
            <source>Montaj looks (*.montajlook *.json)</source>
            <extracomment>The file dialog filter for look files.</extracomment>
            <translation>Looks Montaj (*.montajlook *.json)</translation>
        </message>
        <message>
            <source>Select one clip on the timeline first.</source>
            <translation>Sélectionnez d’abord un seul clip sur la timeline.</translation>
        </message>
        <message>
            <source>Unknown filter “%1”.</source>
            <translation>Filtre inconnu « %1 ».</translation>
        </message>
        <message>
            <source>Add filter “%1”</source>
            <translation>Ajouter le filtre « %1 »</translation>
        </message>
        <message>
            <source>Remove filter “%1”</source>
            <translation>Retirer le filtre « %1 »</translation>
        </message>
        <message>
            <source>Move filter “%1”</source>
            <translation>Déplacer le filtre « %1 »</translation>
        </message>
        <message>
            <source>Switch on filter “%1”</source>
            <translation>Activer le filtre « %1 »</translation>
        </message>
        <message>
            <source>Switch off filter “%1”</source>
            <translation>Désactiver le filtre « %1 »</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <extracomment>An undo step: a filter's parameter changed ("Change Intensity of LUT").</extracomment>
            <translation>Modifier %1 du filtre %2</translation>
        </message>
        <message>
            <source>Apply look “%1”</source>
            <translation>Appliquer le look « %1 »</translation>
        </message>
        <message>
            <source>My look</source>
            <translation>Mon look</translation>
        </message>
        <message>
            <source>Save Look</source>
            <translation>Enregistrer le look</translation>
        </message>
        <message>
            <source>Apply Look</source>
            <translation>Appliquer un look</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::HistoryPanel</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Total: %1 coins</source>
            <translation>Total : %1 pièces</translation>
        </message>
        <message>
            <source>Total: %1 · %2 diamonds · %3 gifts</source>
            <translation>Total : %1 · %2 diamants · %3 cadeaux</translation>
        </message>
        <message>
            <source>Estimated tax at %1: %2 (an estimate, not tax advice)</source>
            <translation>Impôt estimé à %1 : %2 (une estimation, pas un conseil fiscal)</translation>
        </message>
        <message>
            <source>Set a tax rate in Settings to see an estimate.</source>
            <translation>Définissez un taux d’imposition dans l’onglet « Paramètres » pour voir une estimation.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorClipPage</name>
        <message>
            <source>%1 long</source>
            <translation>durée %1</translation>
        </message>
        <message>
            <source>no sound</source>
            <translation>sans son</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Framing</source>
            <translation>Cadrage</translation>
        </message>
        <message>
            <source>Crop</source>
            <translation>Recadrage</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Largeur</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>In point</source>
            <translation>Point d’entrée</translation>
        </message>
        <message>
            <source>Where the clip starts in its source (hours:minutes:seconds:frames)</source>
            <translation>Où le clip commence dans sa source (heures:minutes:secondes:images)</translation>
        </message>
        <message>
            <source>Out point</source>
            <translation>Point de sortie</translation>
        </message>
        <message>
            <source>Where the clip ends in its source (hours:minutes:seconds:frames)</source>
            <translation>Où le clip se termine dans sa source (heures:minutes:secondes:images)</translation>
        </message>
        <message>
            <source>Clip length</source>
            <translation>Durée du clip</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Couper le son</translation>
        </message>
        <message>
            <source>Silence this clip's own sound</source>
            <translation>Couper le son propre à ce clip</translation>
        </message>
        <message>
            <source>Fit: show the whole picture</source>
            <translation>Ajuster : afficher toute l’image</translation>
        </message>
        <message>
            <source>Fill: cover the canvas</source>
            <translation>Remplir : couvrir le canevas</translation>
        </message>
        <message>
            <source>Crop: choose the part to show</source>
            <translation>Recadrer : choisir la partie à afficher</translation>
        </message>
        <message>
            <source>How the clip's picture sits on the canvas</source>
            <translation>Façon dont l’image du clip se place sur le canevas</translation>
        </message>
        <message>
            <source>Crop left edge, percent of the source width</source>
            <translation>Bord gauche du recadrage, en pourcentage de la largeur de la source</translation>
        </message>
        <message>
            <source>Crop top edge, percent of the source height</source>
            <translation>Bord supérieur du recadrage, en pourcentage de la hauteur de la source</translation>
        </message>
        <message>
            <source>Crop width, percent of the source width</source>
            <translation>Largeur du recadrage, en pourcentage de la largeur de la source</translation>
        </message>
        <message>
            <source>Crop height, percent of the source height</source>
            <translation>Hauteur du recadrage, en pourcentage de la hauteur de la source</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorMultiPage</name>
        <message numerus="yes">
            <source>%n item(s) selected</source>
            <translation>
                <numerusform>%n élément sélectionné</numerusform>
                <numerusform>%n éléments sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 and %3</source>
            <translation>%1 : %2 et %3</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s)</source>
            <translation>
                <numerusform>%n clip</numerusform>
                <numerusform>%n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s)</source>
            <translation>
                <numerusform>%n texte</numerusform>
                <numerusform>%n textes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Change the volume of %n clip(s)</source>
            <translation>
                <numerusform>Modifier le volume de %n clip</numerusform>
                <numerusform>Modifier le volume de %n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mute %n clip(s)</source>
            <translation>
                <numerusform>Couper le son de %n clip</numerusform>
                <numerusform>Couper le son de %n clips</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unmute %n clip(s)</source>
            <translation>
                <numerusform>Rétablir le son de %n clip</numerusform>
                <numerusform>Rétablir le son de %n clips</numerusform>
            </translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>The clips have different volumes; a change sets them all.</source>
            <translation>Les clips ont des volumes différents ; une modification les règle tous.</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>Couper le son</translation>
        </message>
        <message>
            <source>Mute or unmute every selected clip</source>
            <translation>Couper ou rétablir le son de tous les clips sélectionnés</translation>
        </message>
        <message>
            <source>Select a single item to edit it.</source>
            <translation>Sélectionnez un seul élément pour le modifier.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorPanel</name>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Clip</source>
            <translation>Clip</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Several items</source>
            <translation>Plusieurs éléments</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorProjectPage</name>
        <message>
            <source>Vertical 9:16 (TikTok, Reels, Shorts)</source>
            <translation>Format vertical 9:16 (TikTok, Reels, Shorts)</translation>
        </message>
        <message>
            <source>Square 1:1</source>
            <translation>Carré 1:1</translation>
        </message>
        <message>
            <source>Portrait 4:5</source>
            <translation>Format portrait 4:5</translation>
        </message>
        <message>
            <source>Landscape 16:9</source>
            <translation>Paysage 16:9</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Custom — %1</source>
            <translation>Personnalisé — %1</translation>
        </message>
        <message numerus="yes">
            <source>%n clip(s), %1 long</source>
            <translation>
                <numerusform>%n clip, durée %1</numerusform>
                <numerusform>%n clips, durée %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canevas</translation>
        </message>
        <message>
            <source>Frame rate</source>
            <translation>Fréquence d’images</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Fond</translation>
        </message>
        <message>
            <source>Canvas shape</source>
            <translation>Format du canevas</translation>
        </message>
        <message>
            <source>The shape and size of the video you make</source>
            <translation>La forme et la taille de la vidéo que vous créez</translation>
        </message>
        <message>
            <source>Frames per second of the project</source>
            <translation>Nombre d’images par seconde du projet</translation>
        </message>
        <message>
            <source>Background colour</source>
            <translation>Couleur de fond</translation>
        </message>
        <message>
            <source>The colour around a clip that does not fill the canvas</source>
            <translation>La couleur autour d’un clip qui ne remplit pas le canevas</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorTextPage</name>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Contour</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Fond</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>The words shown on the video. Ctrl+Enter or leaving the field applies them.</source>
            <translation>Les mots affichés sur la vidéo. Appuyez sur Ctrl+Enter ou quittez le champ pour les appliquer.</translation>
        </message>
        <message>
            <source>Type the text to show</source>
            <translation>Saisissez le texte à afficher</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Font size in pixels of the canvas</source>
            <translation>Taille de police en pixels du canevas</translation>
        </message>
        <message>
            <source>Letter height, in pixels of the exported video</source>
            <translation>Hauteur des lettres, en pixels de la vidéo exportée</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Text colour</source>
            <translation>Couleur du texte</translation>
        </message>
        <message>
            <source>Outline colour</source>
            <translation>Couleur du contour</translation>
        </message>
        <message>
            <source>Outline width, percent of the font size</source>
            <translation>Épaisseur du contour, en pourcentage de la taille de police</translation>
        </message>
        <message>
            <source>Outline width, percent of the font size (0 for none)</source>
            <translation>Épaisseur du contour, en pourcentage de la taille de police (0 pour aucun)</translation>
        </message>
        <message>
            <source>Box behind the text</source>
            <translation>Encadré derrière le texte</translation>
        </message>
        <message>
            <source>Box colour</source>
            <translation>Couleur de l’encadré</translation>
        </message>
        <message>
            <source>X </source>
            <translation>X </translation>
        </message>
        <message>
            <source>Y </source>
            <translation>Y </translation>
        </message>
        <message>
            <source>Horizontal position, percent of the canvas width</source>
            <translation>Position horizontale, en pourcentage de la largeur du canevas</translation>
        </message>
        <message>
            <source>Where the middle of the text sits across the canvas</source>
            <translation>Emplacement horizontal du centre du texte sur le canevas</translation>
        </message>
        <message>
            <source>Vertical position, percent of the canvas height</source>
            <translation>Position verticale, en pourcentage de la hauteur du canevas</translation>
        </message>
        <message>
            <source>Where the middle of the text sits down the canvas</source>
            <translation>Emplacement vertical du centre du texte sur le canevas</translation>
        </message>
        <message>
            <source>Text start on the timeline</source>
            <translation>Début du texte sur la timeline</translation>
        </message>
        <message>
            <source>When the text appears, on the timeline (hours:minutes:seconds:frames)</source>
            <translation>Moment où le texte apparaît, sur la timeline (heures:minutes:secondes:images)</translation>
        </message>
        <message>
            <source>Text end on the timeline</source>
            <translation>Fin du texte sur la timeline</translation>
        </message>
        <message>
            <source>When the text disappears, on the timeline (hours:minutes:seconds:frames)</source>
            <translation>Moment où le texte disparaît, sur la timeline (heures:minutes:secondes:images)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorTimecodeEdit</name>
        <message>
            <source>Type a time as hours:minutes:seconds:frames, for example %1.</source>
            <translation>Saisissez le temps au format heures:minutes:secondes:images, par exemple %1.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::InspectorVolumeControl</name>
        <message>
            <source>Volume: %1 plays the clip as recorded</source>
            <translation>Volume : à %1, le clip est lu tel qu’il a été enregistré</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Volume in percent</source>
            <translation>Volume en pourcentage</translation>
        </message>
        <message>
            <source>Gain in decibels</source>
            <translation>Gain en décibels</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::LevelMeterBar</name>
        <message>
            <source>No sound</source>
            <translation>Pas de son</translation>
        </message>
        <message>
            <source>%1 dB</source>
            <extracomment>The microphone's peak level in decibels (full scale), e.g. "-6 dB".</extracomment>
            <translation>%1 dB</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>Niveau du micro</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::LiveDashboard</name>
        <message>
            <source>Live</source>
            <translation>En direct</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Follow live</source>
            <translation>Suivre en direct</translation>
        </message>
        <message>
            <source>Top gifters</source>
            <translation>Meilleurs donateurs</translation>
        </message>
        <message>
            <source>Gifter</source>
            <translation>Donateur</translation>
        </message>
        <message>
            <source>Gifts</source>
            <translation>Cadeaux</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>The LIVE session to follow</source>
            <translation>La session LIVE à suivre</translation>
        </message>
        <message>
            <source>No LIVE session</source>
            <translation>Aucune session LIVE</translation>
        </message>
        <message>
            <source>● LIVE · %1</source>
            <translation>● LIVE · %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 diamonds · %2 coins · %3 gifts</source>
            <translation>%1 diamants · %2 pièces · %3 cadeaux</translation>
        </message>
        <message>
            <source>%1 gifts in the last minute · %2 events, %3 replayed</source>
            <translation>%1 cadeaux dans la dernière minute · %2 événements, %3 renvoyés</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message numerus="yes">
            <source>Gifts per minute, last %Ln minute(s)</source>
            <translation>
                <numerusform>Cadeaux par minute, sur la dernière minute</numerusform>
                <numerusform>Cadeaux par minute, sur les %Ln dernières minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln diamond(s)</source>
            <translation>
                <numerusform>%Ln diamant</numerusform>
                <numerusform>%Ln diamants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MainWindow</name>
        <message>
            <source>Montaj</source>
            <translation>Montaj</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Sandbox: practice platform on this computer</source>
            <translation>Bac à sable : plateforme d’entraînement sur cet ordinateur</translation>
        </message>
        <message>
            <source>This computer is not connected to %1: link an account of that platform in Settings → Accounts.</source>
            <translation>Cet ordinateur n’est pas connecté à %1 : associez un compte de cette plateforme dans Paramètres → Comptes.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaBinModel</name>
        <message>
            <source>Missing: use Relink… to find it</source>
            <translation>Introuvable : utilisez « Reconnecter… » pour le retrouver</translation>
        </message>
        <message>
            <source>Cannot be used: %1</source>
            <translation>Inutilisable : %1</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Analyse…</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Sound only</source>
            <translation>Son uniquement</translation>
        </message>
        <message>
            <source>not in the bin</source>
            <translation>hors du chutier</translation>
        </message>
        <message>
            <source> · </source>
            <comment>separates facts about a media file</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaBinPanel</name>
        <message>
            <source>Media files (%1)</source>
            <translation>Fichiers médias (%1)</translation>
        </message>
        <message>
            <source>Videos (%1)</source>
            <translation>Vidéos (%1)</translation>
        </message>
        <message>
            <source>Sound (%1)</source>
            <translation>Audio (%1)</translation>
        </message>
        <message>
            <source>Pictures (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import media</source>
            <translation>Importer des médias</translation>
        </message>
        <message>
            <source>No media matches “%1”.</source>
            <translation>Aucun média ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No media yet. Drop video, sound or picture files here, or click Import…</source>
            <translation>Aucun média pour l’instant. Déposez ici des fichiers vidéo, audio ou image, ou cliquez sur « Importer… »</translation>
        </message>
        <message>
            <source>“%1” is not a file that can be imported.</source>
            <translation>« %1 » n’est pas un fichier importable.</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Add video, sound or picture files to the project</source>
            <translation>Ajouter des fichiers vidéo, audio ou image au projet</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>Filtrer par nom</translation>
        </message>
        <message>
            <source>Filter the media by name</source>
            <translation>Filtrer les médias par nom</translation>
        </message>
        <message>
            <source>Project media</source>
            <translation>Médias du projet</translation>
        </message>
        <message>
            <source>Add to timeline</source>
            <translation>Ajouter à la timeline</translation>
        </message>
        <message>
            <source>Put the selected files at the end of the timeline</source>
            <translation>Placer les fichiers sélectionnés à la fin de la timeline</translation>
        </message>
        <message>
            <source>Insert at playhead</source>
            <translation>Insérer à la tête de lecture</translation>
        </message>
        <message>
            <source>Put the selected files on the timeline where the playhead is</source>
            <translation>Placer les fichiers sélectionnés sur la timeline, à la position de la tête de lecture</translation>
        </message>
        <message>
            <source>Use as music</source>
            <translation>Utiliser comme musique</translation>
        </message>
        <message>
            <source>Play this file's sound under the whole video</source>
            <translation>Diffuser le son de ce fichier sous toute la vidéo</translation>
        </message>
        <message>
            <source>Remove from bin</source>
            <translation>Retirer du chutier</translation>
        </message>
        <message>
            <source>Take the files off the bin; clips that use them stay</source>
            <translation>Retirer les fichiers du chutier ; les clips qui les utilisent restent</translation>
        </message>
        <message>
            <source>Relink…</source>
            <translation>Reconnecter…</translation>
        </message>
        <message>
            <source>Find files that were moved or renamed</source>
            <translation>Retrouver les fichiers déplacés ou renommés</translation>
        </message>
        <message>
            <source>Media bin</source>
            <translation>Chutier</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MediaPool</name>
        <message>
            <source>“%1” is still being read.</source>
            <translation>« %1 » est encore en cours d’analyse.</translation>
        </message>
        <message>
            <source>“%1” has no length to put on the timeline.</source>
            <translation>« %1 » n’a pas de durée : impossible de le placer sur la timeline.</translation>
        </message>
        <message>
            <source>“%1” has no sound to use as music.</source>
            <translation>« %1 » ne contient pas de son utilisable comme musique.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MessageBar</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MissedPostsDialog</name>
        <message>
            <source>Missed posts</source>
            <translation>Publications manquées</translation>
        </message>
        <message>
            <source>These posts were due while Montaj was closed. Publish the ticked ones now, or skip them (they are cancelled and kept in the history).</source>
            <translation>Ces publications étaient prévues pendant que Montaj était fermé. Publiez maintenant celles qui sont cochées, ou ignorez-les (elles sont annulées et conservées dans l’historique).</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Décider plus tard</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>Publier maintenant</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::MonthView</name>
        <message>
            <source>+%1 more</source>
            <translation>+%1 autres</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PayoutsPanel</name>
        <message>
            <source>Withdrawal:</source>
            <translation>Retrait :</translation>
        </message>
        <message>
            <source>Note (payment method, reference)</source>
            <translation>Note (moyen de paiement, référence)</translation>
        </message>
        <message>
            <source>Record withdrawal</source>
            <translation>Enregistrer le retrait</translation>
        </message>
        <message>
            <source>Reverse the selected withdrawal</source>
            <translation>Annuler le retrait sélectionné</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Balance after</source>
            <translation>Solde après</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Enter the amount withdrawn, for example %1.</source>
            <translation>Saisissez le montant retiré, par exemple %1.</translation>
        </message>
        <message>
            <source>Balance: %1</source>
            <translation>Solde : %1</translation>
        </message>
        <message>
            <source>Earned %1, withdrawn %2.</source>
            <translation>Gagné : %1, retiré : %2.</translation>
        </message>
        <message>
            <source>%1 No minimum withdrawal is set.</source>
            <translation>%1 Aucun retrait minimum n’est défini.</translation>
        </message>
        <message>
            <source>%1 The minimum withdrawal is %2: you can withdraw.</source>
            <translation>%1 Le retrait minimum est de %2 : vous pouvez retirer.</translation>
        </message>
        <message>
            <source>%1 The minimum withdrawal is %2: not reached yet.</source>
            <translation>%1 Le retrait minimum est de %2 : pas encore atteint.</translation>
        </message>
        <message>
            <source>Reversal: %1</source>
            <translation>Annulation : %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostCalendarModel</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Posting window: %1 – %2</source>
            <translation>Période de publication : %1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n post(s) linked</source>
            <translation>
                <numerusform>%1 sur %n publication liée</numerusform>
                <numerusform>%1 sur %n publications liées</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to open the deal in Collaborations.</source>
            <translation>Cliquez pour ouvrir le partenariat dans « Partenariats ».</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostDetailsPanel</name>
        <message>
            <source>created</source>
            <translation>créée</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>relancée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>picked up by a publisher</source>
            <translation>prise en charge par un agent de publication</translation>
        </message>
        <message>
            <source>published</source>
            <translation>publiée</translation>
        </message>
        <message>
            <source>missed; publishing now</source>
            <translation>manquée ; publication immédiate</translation>
        </message>
        <message>
            <source>missed; skipped</source>
            <translation>manquée ; ignorée</translation>
        </message>
        <message>
            <source>Getting ready…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <source>Contacting the platform…</source>
            <translation>Connexion à la plateforme…</translation>
        </message>
        <message>
            <source>Uploading %1</source>
            <translation>Envoi : %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>The platform is processing the video…</source>
            <translation>La plateforme traite la vidéo…</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <source>Select a post to see its status and history.</source>
            <translation>Sélectionnez une publication pour voir son état et son historique.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>Reason for rejecting (optional)</source>
            <translation>Motif du refus (facultatif)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Cancel post</source>
            <translation>Annuler la publication</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>manquée</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>rouverte</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>to be tried again</source>
            <translation>à réessayer</translation>
        </message>
        <message>
            <source>paused by the publisher</source>
            <translation>mise en pause par l’agent de publication</translation>
        </message>
        <message>
            <source>taken over by another publisher</source>
            <translation>reprise par un autre agent de publication</translation>
        </message>
        <message>
            <source>sent to the platform</source>
            <translation>envoyée à la plateforme</translation>
        </message>
        <message>
            <source>accepted by the platform</source>
            <translation>acceptée par la plateforme</translation>
        </message>
        <message>
            <source>video uploaded</source>
            <translation>vidéo envoyée</translation>
        </message>
        <message>
            <source>sent again</source>
            <translation>renvoyée</translation>
        </message>
        <message>
            <source>not found on the platform</source>
            <translation>introuvable sur la plateforme</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PostListModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PreviewPanel</name>
        <message>
            <source>%1 (%2)</source>
            <extracomment>A tooltip: what the button does, then its keyboard shortcut in brackets.</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Pause playback</source>
            <translation>Mettre la lecture en pause</translation>
        </message>
        <message>
            <source>Play from the playhead</source>
            <translation>Lire à partir de la tête de lecture</translation>
        </message>
        <message>
            <source>Play Backward</source>
            <translation>Lecture arrière</translation>
        </message>
        <message>
            <source>Play backward; press again to go faster</source>
            <translation>Lire en arrière ; appuyez à nouveau pour accélérer</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop playing</source>
            <translation>Arrêter la lecture</translation>
        </message>
        <message>
            <source>Play Forward</source>
            <translation>Lecture avant</translation>
        </message>
        <message>
            <source>Play forward; press again to go faster</source>
            <translation>Lire en avant ; appuyez à nouveau pour accélérer</translation>
        </message>
        <message>
            <source>Previous Frame</source>
            <translation>Image précédente</translation>
        </message>
        <message>
            <source>Go back one frame</source>
            <translation>Reculer d’une image</translation>
        </message>
        <message>
            <source>Next Frame</source>
            <translation>Image suivante</translation>
        </message>
        <message>
            <source>Go forward one frame</source>
            <translation>Avancer d’une image</translation>
        </message>
        <message>
            <source>Go to Start</source>
            <translation>Aller au début</translation>
        </message>
        <message>
            <source>Go to the start of the project</source>
            <translation>Aller au début du projet</translation>
        </message>
        <message>
            <source>Go to End</source>
            <translation>Aller à la fin</translation>
        </message>
        <message>
            <source>Go to the end of the project</source>
            <translation>Aller à la fin du projet</translation>
        </message>
        <message>
            <source>Mark In</source>
            <translation>Marquer l’entrée</translation>
        </message>
        <message>
            <source>Set the in mark at the playhead</source>
            <translation>Placer le point d’entrée à la tête de lecture</translation>
        </message>
        <message>
            <source>Mark Out</source>
            <translation>Marquer la sortie</translation>
        </message>
        <message>
            <source>Set the out mark at the playhead</source>
            <translation>Placer le point de sortie à la tête de lecture</translation>
        </message>
        <message>
            <source>Safe Areas</source>
            <translation>Zones de sécurité</translation>
        </message>
        <message>
            <source>Show where TikTok's buttons, tabs and caption cover the video</source>
            <translation>Afficher où les boutons, les onglets et la légende de TikTok recouvrent la vidéo</translation>
        </message>
        <message>
            <source>Filters: %1</source>
            <translation>Filtres : %1</translation>
        </message>
        <message>
            <source>Before/After</source>
            <translation>Avant/Après</translation>
        </message>
        <message>
            <source>Compare with and without filters: drag the divider over the picture; the original is on the left</source>
            <translation>Comparer avec et sans filtres : faites glisser le séparateur sur l’image ; l’original est à gauche</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PreviewView</name>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ProjectController</name>
        <message>
            <source>Montaj projects (*.montaj)</source>
            <translation>Projets Montaj (*.montaj)</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Ouvrir un projet</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishNotifier</name>
        <message>
            <source>Montaj publishing</source>
            <translation>Montaj – publication</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Publication effectuée</translation>
        </message>
        <message>
            <source>A scheduled post was published.</source>
            <translation>Une publication planifiée a été publiée.</translation>
        </message>
        <message>
            <source>Could not post</source>
            <translation>Échec de la publication</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishPage</name>
        <message>
            <source>Moved to %1.</source>
            <translation>Déplacée au %1.</translation>
        </message>
        <message>
            <source>Moved to %1. %2</source>
            <translation>Déplacée au %1. %2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Add an account to this workspace before writing a post.</source>
            <translation>Ajoutez un compte à cet espace de travail avant de rédiger une publication.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Brouillon enregistré.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistrée : %1</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n post(s).</source>
            <translation>
                <numerusform>%n publication importée.</numerusform>
                <numerusform>%n publications importées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>Export the schedule</source>
            <translation>Exporter le planning</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers de calendrier (*.ics)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n post(s) to %1.</source>
            <translation>
                <numerusform>%n publication exportée vers %1.</numerusform>
                <numerusform>%n publications exportées vers %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublishToolbar</name>
        <message>
            <source>New post</source>
            <translation>Nouvelle publication</translation>
        </message>
        <message>
            <source>Write a new post (Ctrl+N)</source>
            <translation>Rédiger une nouvelle publication (Ctrl+N)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Tous les comptes</translation>
        </message>
        <message>
            <source>Accounts shown</source>
            <translation>Comptes affichés</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Schedule as CSV…</source>
            <translation>Planning en CSV…</translation>
        </message>
        <message>
            <source>Calendar file (ICS)…</source>
            <translation>Fichier de calendrier (ICS)…</translation>
        </message>
        <message>
            <source>Accounts…</source>
            <translation>Comptes…</translation>
        </message>
        <message>
            <source>Colours, time zones and posting times of the workspace's accounts</source>
            <translation>Couleurs, fuseaux horaires et heures de publication des comptes de l’espace de travail</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::PublisherLink</name>
        <message>
            <source>A post will be tried again at %1: %2</source>
            <translation>Une publication sera retentée le %1 : %2</translation>
        </message>
        <message>
            <source>Offline: publishing resumes when the connection is back.</source>
            <translation>Hors ligne : la publication reprendra au retour de la connexion.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RatesPanel</name>
        <message>
            <source>A price is a whole number of coins.</source>
            <translation>Un prix est un nombre entier de pièces.</translation>
        </message>
        <message>
            <source>Creator share</source>
            <translation>Part du créateur</translation>
        </message>
        <message>
            <source>Diamond value</source>
            <translation>Valeur du diamant</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Taux de change</translation>
        </message>
        <message>
            <source>Conversion settings (each applies from its date on)</source>
            <translation>Réglages de conversion (chacun s’applique à partir de sa date)</translation>
        </message>
        <message>
            <source>Payouts and tax</source>
            <translation>Versements et impôts</translation>
        </message>
        <message>
            <source>Gift catalog</source>
            <translation>Catalogue des cadeaux</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Réglage</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Gift id</source>
            <translation>Identifiant du cadeau</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Cadeau</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Price from</source>
            <translation>Prix fixé par</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Payout currency:</source>
            <translation>Devise de versement :</translation>
        </message>
        <message>
            <source>Minimum withdrawal:</source>
            <translation>Retrait minimum :</translation>
        </message>
        <message>
            <source>Tax-estimate rate (%):</source>
            <translation>Taux pour l’estimation d’impôt (%) :</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>share in %, e.g. %1</source>
            <translation>part en %, par exemple %1</translation>
        </message>
        <message>
            <source>one diamond, e.g. %1</source>
            <translation>un diamant, par exemple %1</translation>
        </message>
        <message>
            <source>1 unit in the second currency, e.g. %1</source>
            <translation>1 unité dans la seconde devise, par exemple %1</translation>
        </message>
        <message>
            <source>%1 %2 a diamond</source>
            <translation>%1 %2 par diamant</translation>
        </message>
        <message>
            <source>1 %1 = %2 %3</source>
            <translation>1 %1 = %2 %3</translation>
        </message>
        <message>
            <source>always</source>
            <translation>toujours</translation>
        </message>
        <message>
            <source>Double-click to set your own price</source>
            <translation>Double-cliquez pour définir votre propre prix</translation>
        </message>
        <message>
            <source>you</source>
            <translation>vous</translation>
        </message>
        <message>
            <source>the platform</source>
            <translation>la plateforme</translation>
        </message>
        <message>
            <source>A share has at most four decimal places.</source>
            <translation>Une part a au plus quatre décimales.</translation>
        </message>
        <message>
            <source>The tax rate is a percentage between 0 and 100, with at most two decimal places.</source>
            <translation>Le taux d’imposition est un pourcentage compris entre 0 et 100, avec au plus deux décimales.</translation>
        </message>
        <message>
            <source>Import rates…</source>
            <translation>Importer des taux…</translation>
        </message>
        <message>
            <source>Adds dated exchange rates from a CSV file (base, quote, rate, valid_from)</source>
            <translation>Ajoute des taux de change datés depuis un fichier CSV (base, quote, rate, valid_from)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDistributionChart</name>
        <message>
            <source>Expected views (P10–P90)</source>
            <translation>Vues attendues (P10–P90)</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>1 h</source>
            <comment>after posting</comment>
            <translation>1 h</translation>
        </message>
        <message>
            <source>24 h</source>
            <comment>after posting</comment>
            <translation>24 h</translation>
        </message>
        <message>
            <source>7 d</source>
            <comment>after posting</comment>
            <translation>7 j</translation>
        </message>
        <message>
            <source>30 d</source>
            <comment>after posting</comment>
            <translation>30 j</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDraftPanel</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Caption with #hashtags</source>
            <translation>Légende avec #hashtags</translation>
        </message>
        <message>
            <source>Posting time</source>
            <translation>Heure de publication</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Photo post</source>
            <translation>Publication photo</translation>
        </message>
        <message>
            <source>Has captions (subtitles)</source>
            <translation>Avec sous-titres</translation>
        </message>
        <message>
            <source>Commercial content disclosed</source>
            <translation>Contenu commercial déclaré</translation>
        </message>
        <message>
            <source>This project cannot be used: %1</source>
            <translation>Ce projet ne peut pas être utilisé : %1</translation>
        </message>
        <message>
            <source>Open a project as the draft</source>
            <translation>Ouvrir un projet comme brouillon</translation>
        </message>
        <message>
            <source>Montaj projects (*.montaj);;All files (*)</source>
            <translation>Projets Montaj (*.montaj);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The post's project cannot be read, so its duration and captions are not known: %1</source>
            <translation>Le projet de la publication est illisible : sa durée et ses sous-titres ne sont pas connus : %1</translation>
        </message>
        <message>
            <source>The project's timeline is empty: type the video's duration.</source>
            <translation>La timeline du projet est vide : saisissez la durée de la vidéo.</translation>
        </message>
        <message>
            <source>From the project: %1 of video, with captions.</source>
            <translation>D’après le projet : %1 de vidéo, avec sous-titres.</translation>
        </message>
        <message>
            <source>From the project: %1 of video, without captions.</source>
            <translation>D’après le projet : %1 de vidéo, sans sous-titres.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>A project holds no post caption or time: type the ones you will post.</source>
            <translation>Un projet ne contient ni la légende ni l’heure de la publication : saisissez celles que vous publierez.</translation>
        </message>
        <message>
            <source>Estimate one of this account's scheduled posts, a project, or typed values.</source>
            <translation>Estimez une publication programmée de ce compte, un projet ou des valeurs saisies.</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Ouvrir un projet…</translation>
        </message>
        <message>
            <source>Use a Montaj project's length and captions as the draft.</source>
            <translation>Utiliser la durée et les sous-titres d’un projet Montaj comme brouillon.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachDraftSourceBox</name>
        <message>
            <source>Typed values</source>
            <translation>Valeurs saisies</translation>
        </message>
        <message>
            <source>not scheduled</source>
            <translation>non planifiée</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <source>Project on the Edit page: %1</source>
            <translation>Projet de la page Montage : %1</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Projet : %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachFollowUpPanel</name>
        <message>
            <source>waiting for counters</source>
            <translation>en attente des compteurs</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2–%3)</source>
            <translation>%1 (%2–%3)</translation>
        </message>
        <message>
            <source>below the range</source>
            <translation>sous la fourchette</translation>
        </message>
        <message>
            <source>above the range</source>
            <translation>au-dessus de la fourchette</translation>
        </message>
        <message>
            <source>within the range</source>
            <translation>dans la fourchette</translation>
        </message>
        <message>
            <source>After publishing: estimate and actual</source>
            <translation>Après publication : estimation et résultat réel</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Estimated (P10–P90)</source>
            <translation>Estimation (P10–P90)</translation>
        </message>
        <message>
            <source>Actual views</source>
            <translation>Vues réelles</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Read counters now</source>
            <translation>Relever les compteurs maintenant</translation>
        </message>
        <message>
            <source>Published posts appear here with their estimate; their views are read as they come in.</source>
            <translation>Les publications mises en ligne apparaissent ici avec leur estimation ; leurs vues sont relevées au fur et à mesure.</translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range.</source>
            <translation>
                <numerusform>%n comparaison : %1 % des vues réelles sont tombées dans la fourchette estimée.</numerusform>
                <numerusform>%n comparaisons : %1 % des vues réelles sont tombées dans la fourchette estimée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared %n time(s): %1 % of the actual views fell within the estimated range. First-day estimates are adjusted by %2 % from your published posts.</source>
            <translation>
                <numerusform>%n comparaison : %1 % des vues réelles sont tombées dans la fourchette estimée. Les estimations du premier jour sont ajustées de %2 % d’après vos publications.</numerusform>
                <numerusform>%n comparaisons : %1 % des vues réelles sont tombées dans la fourchette estimée. Les estimations du premier jour sont ajustées de %2 % d’après vos publications.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachGrowthChart</name>
        <message>
            <source>Views over time</source>
            <translation>Vues au fil du temps</translation>
        </message>
        <message>
            <source>Hours after posting</source>
            <translation>Heures après publication</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>P10–P90</source>
            <translation>P10–P90</translation>
        </message>
        <message>
            <source>Expected (P50)</source>
            <translation>Attendu (P50)</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ReachPage</name>
        <message>
            <source>Add an account to the workspace (Publish → accounts) to estimate its posts.</source>
            <translation>Ajoutez un compte à l’espace de travail (Publier → Comptes) pour estimer ses publications.</translation>
        </message>
        <message>
            <source>No history for @%1 yet: fetch it from the platform or import a history file.</source>
            <translation>Pas encore d’historique pour @%1 : récupérez-le depuis la plateforme ou importez un fichier d’historique.</translation>
        </message>
        <message>
            <source>Nothing about this draft moves the estimate by 1 % or more.</source>
            <translation>Rien dans ce brouillon ne fait varier l’estimation de 1 % ou plus.</translation>
        </message>
        <message numerus="yes">
            <source>About %1 views in 7 days (80 % between %2 and %3), from %n earlier video(s).</source>
            <translation>
                <numerusform>Environ %1 vues en 7 jours (80 % entre %2 et %3), d’après %n vidéo antérieure.</numerusform>
                <numerusform>Environ %1 vues en 7 jours (80 % entre %2 et %3), d’après %n vidéos antérieures.</numerusform>
            </translation>
        </message>
        <message>
            <source>The range is wide: %1</source>
            <translation>La fourchette est large : %1</translation>
        </message>
        <message>
            <source>Best time to post in the next 7 days: %1</source>
            <translation>Meilleur moment pour publier dans les 7 prochains jours : %1</translation>
        </message>
        <message>
            <source>Best time to post in the next 7 days</source>
            <translation>Meilleur moment pour publier dans les 7 prochains jours</translation>
        </message>
        <message>
            <source>Choose an account first.</source>
            <translation>Choisissez d’abord un compte.</translation>
        </message>
        <message>
            <source>This history is from “%1” and @%2 posts to “%3”: their audiences differ.</source>
            <translation>Cet historique provient de « %1 » et @%2 publie sur « %3 » : leurs audiences diffèrent.</translation>
        </message>
        <message>
            <source>To fetch @%1’s videos, link that account in Settings → Accounts, or import a history file.</source>
            <translation>Pour récupérer les vidéos de @%1, associez ce compte dans Paramètres → Comptes, ou importez un fichier d’historique.</translation>
        </message>
        <message>
            <source>Reading @%1’s videos from the platform…</source>
            <translation>Lecture des vidéos de @%1 depuis la plateforme…</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Importer l’historique</translation>
        </message>
        <message>
            <source>History files (*.csv);;All files (*)</source>
            <translation>Fichiers d’historique (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>The file holds %n creator(s) and none is @%1.</source>
            <translation>
                <numerusform>Le fichier contient %n créateur, mais pas @%1.</numerusform>
                <numerusform>Le fichier contient %n créateurs, mais pas @%1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file could not be read (first: %1).</source>
            <translation>
                <numerusform>%n ligne du fichier n’a pas pu être lue (première : %1).</numerusform>
                <numerusform>%n lignes du fichier n’ont pas pu être lues (première : %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Fetch history</source>
            <translation>Récupérer l’historique</translation>
        </message>
        <message>
            <source>Read this account’s videos and their views from the platform.</source>
            <translation>Lire les vidéos de ce compte et leurs vues depuis la plateforme.</translation>
        </message>
        <message>
            <source>Import history…</source>
            <translation>Importer l’historique…</translation>
        </message>
        <message>
            <source>Read a history CSV: Montaj’s export or the scraped creators’ layout.</source>
            <translation>Lire un CSV d’historique : l’export de Montaj ou le format des créateurs collecté par scraping.</translation>
        </message>
        <message>
            <source>What moves this estimate</source>
            <translation>Ce qui fait varier cette estimation</translation>
        </message>
        <message>
            <source>The reach data could not be read; it was kept as “%1”. The follow-up of published posts starts afresh.</source>
            <translation>Les données de portée n’ont pas pu être lues ; elles ont été conservées sous « %1 ». Le suivi des publications publiées repart de zéro.</translation>
        </message>
        <message>
            <source>The reach data “%1” could not be read, nor moved aside: nothing is saved over it, so what is followed now is lost when Montaj closes.</source>
            <translation>Les données de portée « %1 » n’ont pu être ni lues ni mises de côté : rien n’est enregistré par-dessus, donc ce qui est suivi maintenant sera perdu à la fermeture de Montaj.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordOptions</name>
        <message>
            <source>Takes</source>
            <translation>Prises</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>The takes together may be up to %1 long.</source>
            <translation>Les prises peuvent durer jusqu’à %1 au total.</translation>
        </message>
        <message>
            <source>&amp;Countdown</source>
            <translation>&amp;Compte à rebours</translation>
        </message>
        <message>
            <source>Off</source>
            <extracomment>Countdown before a take: none.</extracomment>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>&amp;Mirror the preview</source>
            <translation>Aperçu en &amp;miroir</translation>
        </message>
        <message>
            <source>Shows the picture as in a mirror, for a selfie camera. The recording is never mirrored.</source>
            <translation>Affiche l’image comme dans un miroir, pour une caméra selfie. L’enregistrement n’est jamais inversé.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordPage</name>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>This session's takes already fill %1. Delete a take or choose a longer length.</source>
            <translation>Les prises de cette session remplissent déjà %1. Supprimez une prise ou choisissez une durée plus longue.</translation>
        </message>
        <message>
            <source>What was recorded until then is kept as take %1.</source>
            <translation>Ce qui a été enregistré jusque-là est conservé comme prise %1.</translation>
        </message>
        <message>
            <source>No picture. Choose what to record, then press Record.</source>
            <translation>Aucune image. Choisissez quoi enregistrer, puis appuyez sur Enregistrer.</translation>
        </message>
        <message>
            <source>Waiting for the first picture…</source>
            <translation>En attente de la première image…</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordPreview</name>
        <message>
            <source>Click or press Esc to cancel</source>
            <translation>Cliquez ou appuyez sur Échap pour annuler</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecordTransport</name>
        <message>
            <source>Recorded of the length</source>
            <translation>Part enregistrée de la durée</translation>
        </message>
        <message>
            <source>● Record</source>
            <translation>● Enregistrer</translation>
        </message>
        <message>
            <source>Start a take.</source>
            <translation>Démarrer une prise.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the countdown.</source>
            <translation>Annuler le compte à rebours.</translation>
        </message>
        <message>
            <source>■ Stop</source>
            <translation>■ Arrêter</translation>
        </message>
        <message>
            <source>End the take.</source>
            <translation>Terminer la prise.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>The take's file is being completed.</source>
            <translation>Le fichier de la prise est en cours de finalisation.</translation>
        </message>
        <message>
            <source>%1 left</source>
            <extracomment>Time left of the length preset, e.g. "0:48 left".</extracomment>
            <translation>Reste %1</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RecoveryDialog</name>
        <message>
            <source>Save the recovered project</source>
            <translation>Enregistrer le projet récupéré</translation>
        </message>
        <message>
            <source>Montaj projects (*.montaj)</source>
            <translation>Projets Montaj (*.montaj)</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Récupérer le travail non enregistré</translation>
        </message>
        <message>
            <source>Save recovered project…</source>
            <translation>Enregistrer le projet récupéré…</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Décider plus tard</translation>
        </message>
        <message>
            <source>Untitled project</source>
            <translation>Projet sans titre</translation>
        </message>
        <message>
            <source>%1 — changes from %2</source>
            <translation>%1 — modifications du %2</translation>
        </message>
        <message>
            <source>Recovered project</source>
            <translation>Projet récupéré</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Enregistré dans %1.</translation>
        </message>
        <message numerus="yes">
            <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: open a project in the editor, save it to keep it, or discard it.</source>
            <translation>
                <numerusform>Montaj s’est fermé avant que %n projet puisse être enregistré. Les dernières modifications ont été conservées automatiquement : ouvrez un projet dans l’éditeur, enregistrez-le pour le garder, ou abandonnez-le.</numerusform>
                <numerusform>Montaj s’est fermé avant que %n projets puissent être enregistrés. Les dernières modifications ont été conservées automatiquement : ouvrez un projet dans l’éditeur, enregistrez-le pour le garder, ou abandonnez-le.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open in editor</source>
            <translation>Ouvrir dans l’éditeur</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::RelinkDialog</name>
        <message>
            <source>Where is “%1” now?</source>
            <translation>Où se trouve « %1 » maintenant ?</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Search a folder for the missing files</source>
            <translation>Chercher les fichiers manquants dans un dossier</translation>
        </message>
        <message>
            <source>Not found yet</source>
            <translation>Pas encore trouvé</translation>
        </message>
        <message>
            <source>Cannot use %1: %2</source>
            <translation>Impossible d’utiliser %1 : %2</translation>
        </message>
        <message>
            <source>Will use %1. %2</source>
            <translation>Sera reconnecté à %1. %2</translation>
        </message>
        <message>
            <source>Will use %1</source>
            <translation>Sera reconnecté à %1</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>le fichier n’existe pas</translation>
        </message>
        <message>
            <source>It lasts %1 but the missing file lasted %2: check that it is the same recording.</source>
            <translation>Il dure %1 alors que le fichier manquant durait %2 : vérifiez qu’il s’agit du même enregistrement.</translation>
        </message>
        <message>
            <source>Searching %1…</source>
            <translation>Recherche dans %1…</translation>
        </message>
        <message numerus="yes">
            <source>Found %1 of %n missing file(s) in %2.</source>
            <translation>
                <numerusform>Trouvé dans %2 : %1 sur %n fichier manquant.</numerusform>
                <numerusform>Trouvés dans %2 : %1 sur %n fichiers manquants.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose where at least one missing file is now.</source>
            <translation>Indiquez où se trouve maintenant au moins un fichier manquant.</translation>
        </message>
        <message>
            <source>Relink media</source>
            <translation>Reconnecter les médias</translation>
        </message>
        <message>
            <source>Every file the project uses is where it should be.</source>
            <translation>Tous les fichiers utilisés par le projet sont à leur place.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) used by this project cannot be found. Show where each one is now, or search a folder for files with the same names.</source>
            <translation>
                <numerusform>%n fichier utilisé par ce projet est introuvable. Indiquez où il se trouve maintenant, ou cherchez dans un dossier un fichier portant le même nom.</numerusform>
                <numerusform>%n fichiers utilisés par ce projet sont introuvables. Indiquez où chacun se trouve maintenant, ou cherchez dans un dossier des fichiers portant les mêmes noms.</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Missing files</source>
            <translation>Fichiers manquants</translation>
        </message>
        <message>
            <source>Locate…</source>
            <translation>Localiser…</translation>
        </message>
        <message>
            <source>Choose the file that replaces the selected one</source>
            <translation>Choisir le fichier qui remplace celui sélectionné</translation>
        </message>
        <message>
            <source>Search folder…</source>
            <translation>Chercher dans un dossier…</translation>
        </message>
        <message>
            <source>Look in a folder and its subfolders for files with the same names</source>
            <translation>Chercher dans un dossier et ses sous-dossiers des fichiers portant les mêmes noms</translation>
        </message>
        <message>
            <source>Relink</source>
            <translation>Reconnecter</translation>
        </message>
        <message>
            <source>Use the chosen files; one undo step puts everything back</source>
            <translation>Utiliser les fichiers choisis ; une seule annulation rétablit tout</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::ScheduleField</name>
        <message>
            <source>Next free slot</source>
            <translation>Prochain créneau libre</translation>
        </message>
        <message>
            <source>The account's next posting time with no post yet</source>
            <translation>La prochaine heure de publication du compte sans publication prévue</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>That is %1 on this computer.</source>
            <translation>Soit %1 sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Langue de l’interface :</translation>
        </message>
        <message>
            <source>The change applies at once; Montaj does not need to restart.</source>
            <translation>Le changement s’applique immédiatement ; inutile de redémarrer Montaj.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Thème :</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Stockage</translation>
        </message>
        <message>
            <source>Data and settings:</source>
            <translation>Données et paramètres :</translation>
        </message>
        <message>
            <source>Projects:</source>
            <translation>Projets :</translation>
        </message>
        <message>
            <source>Logs:</source>
            <translation>Journaux :</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Montaj %1, a creator studio for short-form video. Built with Qt %2.</source>
            <translation>Montaj %1, un studio de création pour la vidéo courte. Construit avec Qt %2.</translation>
        </message>
        <message>
            <source>Components and licences…</source>
            <translation>Composants et licences…</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SourceChooser</name>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>&amp;Picture</source>
            <translation>&amp;Image</translation>
        </message>
        <message>
            <source>&amp;Sound</source>
            <translation>&amp;Son</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>Niveau du micro</translation>
        </message>
        <message>
            <source>Part of the screen (x, y, width, height in pixels)</source>
            <translation>Partie de l’écran (x, y, largeur, hauteur en pixels)</translation>
        </message>
        <message>
            <source>&amp;Window number</source>
            <translation>Numéro de &amp;fenêtre</translation>
        </message>
        <message>
            <source>e.g. 0x3a00007</source>
            <extracomment>Placeholder of the window number field: an X11 window id, e.g. from xwininfo.</extracomment>
            <translation>p. ex. 0x3a00007</translation>
        </message>
        <message>
            <source>This window</source>
            <translation>Cette fenêtre</translation>
        </message>
        <message>
            <source>Record Montaj's own window.</source>
            <translation>Enregistrer la fenêtre de Montaj elle-même.</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Bord gauche</translation>
        </message>
        <message>
            <source>Top edge</source>
            <translation>Bord supérieur</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Largeur</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Whole screen</source>
            <translation>Écran entier</translation>
        </message>
        <message>
            <source>Part of the screen</source>
            <translation>Partie de l’écran</translation>
        </message>
        <message>
            <source>One window</source>
            <translation>Une fenêtre</translation>
        </message>
        <message>
            <source>Test pattern</source>
            <translation>Mire de test</translation>
        </message>
        <message>
            <source>The screen cannot be recorded here: there is no display to grab.</source>
            <translation>Impossible d’enregistrer l’écran ici : il n’y a aucun affichage à capturer.</translation>
        </message>
        <message>
            <source>Test tone</source>
            <translation>Son de test</translation>
        </message>
        <message>
            <source>No sound</source>
            <translation>Pas de son</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::SpeechCaptioner</name>
        <message>
            <source>No speech recognizer is available: install PocketSphinx and its US-English model (Debian: pocketsphinx-en-us), or whisper.cpp.</source>
            <translation>Aucun moteur de reconnaissance vocale n’est disponible : installez PocketSphinx et son modèle anglais américain (Debian : pocketsphinx-en-us), ou whisper.cpp.</translation>
        </message>
        <message>
            <source>The project has no clip with sound to make captions from.</source>
            <translation>Le projet ne contient aucun clip avec du son à partir duquel créer des sous-titres.</translation>
        </message>
        <message>
            <source>Captions from speech</source>
            <translation>Sous-titres à partir de la parole</translation>
        </message>
        <message numerus="yes">
            <source>Replace the project's %n caption(s) with captions made from speech?</source>
            <translation>
                <numerusform>Remplacer le %n sous-titre du projet par des sous-titres créés à partir de la parole ?</numerusform>
                <numerusform>Remplacer les %n sous-titres du projet par des sous-titres créés à partir de la parole ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Listening to the project's speech…</source>
            <translation>Écoute de la parole du projet…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>No speech was recognized in the project's clips.</source>
            <translation>Aucune parole n’a été reconnue dans les clips du projet.</translation>
        </message>
        <message numerus="yes">
            <source>%n caption(s) made from speech; check them before posting.</source>
            <translation>
                <numerusform>%n sous-titre créé à partir de la parole ; vérifiez-le avant de publier.</numerusform>
                <numerusform>%n sous-titres créés à partir de la parole ; vérifiez-les avant de publier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Captions from speech were cancelled.</source>
            <translation>La création des sous-titres à partir de la parole a été annulée.</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TakeRecoveryBar</name>
        <message>
            <source>Add to the editor</source>
            <translation>Ajouter à l’éditeur</translation>
        </message>
        <message>
            <source>Leave them</source>
            <translation>Les laisser</translation>
        </message>
        <message>
            <source>The files stay in the Takes folder</source>
            <translation>Les fichiers restent dans le dossier Prises</translation>
        </message>
        <message numerus="yes">
            <source>The recording session of %1 ended before it was finished: %n take(s) were kept (%2) in %3.</source>
            <translation>
                <numerusform>La session d’enregistrement du %1 s’est arrêtée avant la fin : %n prise a été gardée (%2) dans %3.</numerusform>
                <numerusform>La session d’enregistrement du %1 s’est arrêtée avant la fin : %n prises ont été gardées (%2) dans %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TakesPanel</name>
        <message>
            <source>Recorded takes</source>
            <translation>Prises enregistrées</translation>
        </message>
        <message>
            <source>No takes yet. Each Record → Stop adds one.</source>
            <translation>Aucune prise pour l’instant. Chaque Enregistrer → Arrêter en ajoute une.</translation>
        </message>
        <message>
            <source>&amp;Delete last take</source>
            <translation>&amp;Supprimer la dernière prise</translation>
        </message>
        <message>
            <source>Deletes the last take's file.</source>
            <translation>Supprime le fichier de la dernière prise.</translation>
        </message>
        <message>
            <source>D&amp;one</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <source>Ends the session and adds the takes to the project in the editor.</source>
            <translation>Termine la session et ajoute les prises au projet dans l’éditeur.</translation>
        </message>
        <message>
            <source>Take %1 · %2</source>
            <extracomment>A take in the list: its number and its duration, e.g. "Take 2 · 0:14".</extracomment>
            <translation>Prise %1 · %2</translation>
        </message>
        <message>
            <source>%1 (length reached)</source>
            <translation>%1 (durée atteinte)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineActions</name>
        <message>
            <source>Split</source>
            <translation>Scinder</translation>
        </message>
        <message>
            <source>Split at the playhead</source>
            <translation>Scinder à la tête de lecture</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selection; the clips after it close the gap</source>
            <translation>Supprimer la sélection ; les clips suivants comblent le vide</translation>
        </message>
        <message>
            <source>Ripple delete</source>
            <translation>Supprimer et raccorder</translation>
        </message>
        <message>
            <source>Delete the selection and pull everything after it to the left, text and music too</source>
            <translation>Supprimer la sélection et décaler vers la gauche tout ce qui suit, textes et musique compris</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <source>Select every clip and text</source>
            <translation>Sélectionner tous les clips et textes</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>Tout désélectionner</translation>
        </message>
        <message>
            <source>Select nothing</source>
            <translation>Ne rien sélectionner</translation>
        </message>
        <message>
            <source>Select previous item</source>
            <translation>Sélectionner l’élément précédent</translation>
        </message>
        <message>
            <source>Select the clip or text before the selected one</source>
            <translation>Sélectionner le clip ou le texte qui précède l’élément sélectionné</translation>
        </message>
        <message>
            <source>Select next item</source>
            <translation>Sélectionner l’élément suivant</translation>
        </message>
        <message>
            <source>Select the clip or text after the selected one</source>
            <translation>Sélectionner le clip ou le texte qui suit l’élément sélectionné</translation>
        </message>
        <message>
            <source>Move clip earlier</source>
            <translation>Déplacer le clip plus tôt</translation>
        </message>
        <message>
            <source>Swap the selected clip with the one before it</source>
            <translation>Échanger le clip sélectionné avec le précédent</translation>
        </message>
        <message>
            <source>Move clip later</source>
            <translation>Déplacer le clip plus tard</translation>
        </message>
        <message>
            <source>Swap the selected clip with the one after it</source>
            <translation>Échanger le clip sélectionné avec le suivant</translation>
        </message>
        <message>
            <source>Trim start to playhead</source>
            <translation>Rogner le début jusqu’à la tête de lecture</translation>
        </message>
        <message>
            <source>Cut away the start of the item up to the playhead</source>
            <translation>Couper le début de l’élément jusqu’à la tête de lecture</translation>
        </message>
        <message>
            <source>Trim end to playhead</source>
            <translation>Rogner la fin à partir de la tête de lecture</translation>
        </message>
        <message>
            <source>Cut away the end of the item from the playhead on</source>
            <translation>Couper la fin de l’élément à partir de la tête de lecture</translation>
        </message>
        <message>
            <source>Nudge text earlier</source>
            <translation>Décaler le texte plus tôt</translation>
        </message>
        <message>
            <source>Move the selected text one frame earlier</source>
            <translation>Déplacer le texte sélectionné d’une image plus tôt</translation>
        </message>
        <message>
            <source>Nudge text later</source>
            <translation>Décaler le texte plus tard</translation>
        </message>
        <message>
            <source>Move the selected text one frame later</source>
            <translation>Déplacer le texte sélectionné d’une image plus tard</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Zoom to show the whole project</source>
            <translation>Zoomer pour afficher tout le projet</translation>
        </message>
        <message>
            <source>Snapping</source>
            <translation>Magnétisme</translation>
        </message>
        <message>
            <source>Stick dragged edges to cuts, texts, music, playhead and marks (hold Shift while dragging to stop)</source>
            <translation>Aimanter les bords déplacés aux coupes, aux textes, à la musique, à la tête de lecture et aux repères (maintenez Shift pendant le glissement pour désactiver)</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineDropHandler</name>
        <message>
            <source>Add music</source>
            <translation>Ajouter de la musique</translation>
        </message>
        <message>
            <source>Add to the timeline</source>
            <translation>Ajouter à la timeline</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelinePanel</name>
        <message>
            <source>Timeline zoom</source>
            <translation>Zoom de la timeline</translation>
        </message>
        <message>
            <source>Timeline zoom (Ctrl+wheel over the timeline)</source>
            <translation>Zoom de la timeline (Ctrl+molette sur la timeline)</translation>
        </message>
        <message>
            <source>Timeline messages</source>
            <translation>Messages de la timeline</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::TransportBar</name>
        <message>
            <source>%1 / %2</source>
            <extracomment>The player's time: the position, then the length of the project (both timecodes).</extracomment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Playing</source>
            <translation>En lecture</translation>
        </message>
        <message>
            <source>Forward %1×</source>
            <extracomment>Shuttle (L key) playing forward faster; %1 is the speed, e.g. 2.</extracomment>
            <translation>Avant %1×</translation>
        </message>
        <message>
            <source>Reverse %1×</source>
            <extracomment>Shuttle (J key) playing backward; %1 is the speed, e.g. 2.</extracomment>
            <translation>Arrière %1×</translation>
        </message>
        <message>
            <source>Dropped: %1</source>
            <extracomment>Frames that came too late to be shown since playback started.</extracomment>
            <translation>Images perdues : %1</translation>
        </message>
        <message>
            <source>Frames dropped since playback started: %1
Shown: %2 frames per second
Rendering: %3 ms per frame</source>
            <translation>Images perdues depuis le début de la lecture : %1
Affichées : %2 images par seconde
Rendu : %3 ms par image</translation>
        </message>
        <message>
            <source>Position / length (hours:minutes:seconds:frames)</source>
            <translation>Position / durée (heures:minutes:secondes:images)</translation>
        </message>
        <message>
            <source>Playback speed: J plays backward, K stops, L plays forward; press J or L again to go faster</source>
            <translation>Vitesse de lecture : J lit en arrière, K arrête, L lit en avant ; appuyez de nouveau sur J ou L pour accélérer</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::WorkspaceAccountsDialog</name>
        <message>
            <source>Account colour</source>
            <translation>Couleur du compte</translation>
        </message>
        <message>
            <source>Write the posting times as hours and minutes separated by commas, e.g. 09:00, 18:30.</source>
            <translation>Écrivez les heures de publication en heures et minutes séparées par des virgules, par exemple 09:00, 18:30.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone Montaj knows.</source>
            <translation>« %1 » n’est pas un fuseau horaire connu de Montaj.</translation>
        </message>
        <message>
            <source>Workspace accounts</source>
            <translation>Comptes de l’espace de travail</translation>
        </message>
        <message>
            <source>Colour:</source>
            <translation>Couleur :</translation>
        </message>
        <message>
            <source>Time zone:</source>
            <translation>Fuseau horaire :</translation>
        </message>
        <message>
            <source>Posting times:</source>
            <translation>Heures de publication :</translation>
        </message>
        <message>
            <source>Local times in the account's zone. “Next free slot” in the composer picks the first of these with no post yet.</source>
            <translation>Heures locales dans le fuseau du compte. « Prochain créneau libre » dans l’éditeur de publication choisit la première d’entre elles sans publication prévue.</translation>
        </message>
        <message>
            <source>Remove from workspace</source>
            <translation>Retirer de l’espace de travail</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>montaj::ui::WorkspacePanel</name>
        <message>
            <source>Opening the workspace…</source>
            <translation>Ouverture de l’espace de travail…</translation>
        </message>
        <message>
            <source>In use: %1</source>
            <translation>Utilisé : %1</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>Aucun espace de travail n’est ouvert.</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>On this computer (SQLite)</source>
            <translation>Sur cet ordinateur (SQLite)</translation>
        </message>
        <message>
            <source>Shared with a team (PostgreSQL)</source>
            <translation>Partagé avec une équipe (PostgreSQL)</translation>
        </message>
        <message>
            <source>A password typed in the address is used until Montaj closes and never shown again. To connect at start-up, keep it in your ~/.pgpass file.</source>
            <translation>Un mot de passe saisi dans l’adresse est utilisé jusqu’à la fermeture de Montaj et n’est plus jamais affiché. Pour vous connecter au démarrage, conservez-le dans votre fichier ~/.pgpass.</translation>
        </message>
        <message>
            <source>Use this workspace</source>
            <translation>Utiliser cet espace de travail</translation>
        </message>
        <message>
            <source>Posts missed while Montaj was closed:</source>
            <translation>Publications manquées pendant la fermeture de Montaj :</translation>
        </message>
        <message>
            <source>Ask me what to do</source>
            <translation>Me demander quoi faire</translation>
        </message>
        <message>
            <source>Publish them as soon as possible</source>
            <translation>Les publier dès que possible</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Les ignorer</translation>
        </message>
        <message>
            <source>Posts need approval before they are scheduled (agencies)</source>
            <translation>Les publications doivent être approuvées avant d’être planifiées (agences)</translation>
        </message>
    </context>
</TS>
