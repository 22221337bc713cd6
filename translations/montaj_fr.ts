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
        <source>The upload&apos;s chunk sizes do not follow the platform&apos;s rules.</source>
        <translation>La taille des segments de l’envoi ne respecte pas les règles de la plateforme.</translation>
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
        <source>Keep the source&apos;s size and frame rate</source>
        <translation>Conserver la taille et la fréquence d’images de la source</translation>
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
        <source>the file&apos;s streams cannot be read; it may be damaged or truncated (%1).</source>
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
        <source>This page will export platform-ready video and schedule uploads, for one creator or for an agency&apos;s many accounts. Publishing is not available yet.</source>
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
        <source>Montaj&apos;s app is not allowed to do this on the platform yet.</source>
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
        <source>The video file does not meet the platform&apos;s upload requirements.</source>
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
        <source>Montaj&apos;s app has reached its daily limit of users. Try again tomorrow.</source>
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
        <source>The platform does not recognise Montaj&apos;s app credentials.</source>
        <translation>La plateforme ne reconnaît pas les identifiants de l’application Montaj.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (expired, revoked or already used). Sign in again.</source>
        <translation>Votre connexion n’est plus valide (expirée, révoquée ou déjà utilisée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Montaj&apos;s app is not allowed to sign in this way.</source>
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
        <source>The platform&apos;s sign-in service had a problem. Try again.</source>
        <translation>Le service de connexion de la plateforme a rencontré un problème. Réessayez.</translation>
    </message>
    <message>
        <source>The platform&apos;s sign-in service is temporarily unavailable. Try again.</source>
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
        <source>The platform could not read the video&apos;s format. Export it as MP4 (H.264).</source>
        <translation>La plateforme n’a pas pu lire le format de la vidéo. Exportez-la en MP4 (H.264).</translation>
    </message>
    <message>
        <source>The video is too long or too short for this account.</source>
        <translation>La vidéo est trop longue ou trop courte pour ce compte.</translation>
    </message>
    <message>
        <source>The video&apos;s frame rate is not accepted (23 to 60 frames per second).</source>
        <translation>La fréquence d’images de la vidéo n’est pas acceptée (de 23 à 60 images par seconde).</translation>
    </message>
    <message>
        <source>The video&apos;s picture size is not accepted (360 to 4096 pixels on each side).</source>
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
        <source>Montaj&apos;s access to the account was removed. Sign in again.</source>
        <translation>L’accès de Montaj au compte a été retiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The platform flagged the post&apos;s text. Change the caption and try again.</source>
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
        <source>The platform&apos;s secure connection could not be verified.</source>
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
        <source>The upload&apos;s chunk sizes do not follow the platform&apos;s rules.</source>
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
        <source>Choose one of the post&apos;s photos as its cover.</source>
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
        <source>The clip&apos;s source has no duration.</source>
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
        <source>The clip&apos;s source has neither video nor audio.</source>
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
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The autosave “%1” belongs to a Montaj window that is still open.</source>
        <translation>La sauvegarde automatique « %1 » appartient à une fenêtre Montaj encore ouverte.</translation>
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
    <name>Thumbnailer</name>
    <message>
        <source>A thumbnail strip needs a count and a size.</source>
        <translation>Une bande de vignettes demande un nombre et une taille.</translation>
    </message>
</context>
<context>
    <name>UploadState</name>
    <message>
        <source>The saved upload cannot be resumed: its record is damaged.</source>
        <translation>L’envoi sauvegardé ne peut pas être repris : ses données sont endommagées.</translation>
    </message>
    <message>
        <source>The upload&apos;s progress cannot be saved: %1</source>
        <translation>Impossible d’enregistrer la progression de l’envoi : %1</translation>
    </message>
    <message>
        <source>There is no saved upload to resume.</source>
        <translation>Aucun envoi sauvegardé à reprendre.</translation>
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
    <name>Waveform</name>
    <message>
        <source>A waveform needs at least one bucket.</source>
        <translation>Une forme d’onde demande au moins une case.</translation>
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
    <name>montaj::Localization</name>
    <message>
        <source>The %1 translation of Montaj is missing from this build.</source>
        <translation>La traduction %1 de Montaj est absente de cette version.</translation>
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
        <source>This address only receives Montaj&apos;s sign-in answer.</source>
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
        <source>The folder that keeps the sandbox&apos;s accounts, tokens and videos.</source>
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
    <message numerus="yes">
        <source>Montaj closed before %n project(s) could be saved. The latest changes were kept automatically: save each project to keep it, or discard it.</source>
        <translation>
            <numerusform>Montaj s’est fermé avant que %n projet soit enregistré. Les dernières modifications ont été conservées automatiquement : enregistrez-le pour le garder, ou abandonnez-le.</numerusform>
            <numerusform>Montaj s’est fermé avant que %n projets soient enregistrés. Les dernières modifications ont été conservées automatiquement : enregistrez chaque projet pour le garder, ou abandonnez-le.</numerusform>
        </translation>
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
</context>
</TS>
